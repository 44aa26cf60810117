using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MynaGate.Hosting;

namespace MynaGate.Chain;

/// <summary>
/// One of the hosts (mynagate-onshi, -terminal, -reader) built from its configuration file by the same
/// <see cref="ServiceHost.Build"/> the program runs, but started in this process, so tests and benchmarks can watch
/// its services from inside.
/// </summary>
public sealed class InProcessHost : IAsyncDisposable
{
    // the hosts' information lines would drown a test run's output; warnings and errors still show
    private static readonly string[] QuietLogging = ["Logging:LogLevel:Default=Warning"];
    private readonly IHost _host;

    private InProcessHost(IHost host) => _host = host;

    public static async Task<InProcessHost> StartAsync(HostDefinition definition, string configFile, CancellationToken cancellationToken = default)
    {
        var host = ServiceHost.Build(definition, configFile, QuietLogging);
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync(host).ConfigureAwait(false);
            throw;
        }
        return new InProcessHost(host);
    }

    /// <summary>A service of the host: its hosted service, which holds what it runs.</summary>
    public T Service<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => new(StopAsync(_host));

    private static async Task StopAsync(IHost host)
    {
        try
        {
            await host.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            host.Dispose();
        }
    }
}
