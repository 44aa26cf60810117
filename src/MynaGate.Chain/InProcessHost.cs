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

    /// <summary>A part the started host runs (its flow, a server): the host publishes them, and exposes nothing else for tests.</summary>
    public T Part<T>() where T : class => _host.Services.GetRequiredService<HostParts>().Get<T>();

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
