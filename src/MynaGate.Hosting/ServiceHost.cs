using MynaGate.Link;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MynaGate.Hosting.Settings;

namespace MynaGate.Hosting;

/// <summary>
/// Runs one of the hosts: configuration from appsettings.json beside the program, then the --config file, then
/// MYNAGATE_-prefixed environment variables, then the command line (later wins); options validated at start; the
/// health endpoint; systemd and Windows-service integration; a stop within 5 s on SIGTERM or Ctrl-C.
/// Exit codes: 0 stopped cleanly, 1 failed while running or starting, 2 bad usage or configuration.
/// </summary>
public static class ServiceHost
{
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(HostDefinition definition, string[] args)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.Out.WriteLine(Usage(definition));
            return 0;
        }
        if (args.Contains("--version"))
        {
            Console.Out.WriteLine($"{definition.Program} {ProductVersion.Current}");
            return 0;
        }
        if (!TrySplit(args, out string? configFile, out var rest, out string? usageError))
        {
            Console.Error.WriteLine($"{definition.Program}: {usageError}");
            return 2;
        }

        IHost host;
        try
        {
            host = Build(definition, configFile, rest);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            Console.Error.WriteLine($"{definition.Program}: configuration: {OneLine(e)}");
            return 2;
        }

        using (host)
        {
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(definition.Program);
            try
            {
                await host.StartAsync().ConfigureAwait(false);
            }
            catch (OptionsValidationException e)
            {
                Console.Error.WriteLine($"{definition.Program}: configuration: {e.Failures.First()}");
                return 2;
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"{definition.Program}: configuration: {OneLine(e)}");
                return 2;
            }
            catch (HostStartException e)
            {
                Console.Error.WriteLine($"{definition.Program}: {e.Message}");
                await StopQuietlyAsync(host).ConfigureAwait(false);
                return 1;
            }
            string healthAddress = host.Services.GetRequiredService<HealthEndpoint>().Address?.ToString() ?? "-";
            HostLog.Started(logger, definition.Program, ProductVersion.Current, healthAddress);
            await host.WaitForShutdownAsync().ConfigureAwait(false);
            HostLog.Stopped(logger, definition.Program);
        }
        return 0;
    }

    /// <summary>The host, built but not started: what tests and the program run.</summary>
    public static IHost Build(HostDefinition definition, string? configFile, string[] args)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ApplicationName = definition.Program,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new InvalidDataException($"the configuration file {configFile} does not exist");
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        builder.Configuration.AddEnvironmentVariables("MYNAGATE_");
        builder.Configuration.AddCommandLine(args);
        // a malformed file fails here, with its path and line, not at the first read of an option
        _ = builder.Configuration.AsEnumerable().Count();
        var renamed = RenamedSettings.Apply(builder.Configuration, definition.Settings.Settings);
        if (renamed.Count > 0)
            builder.Services.AddHostedService(services => new RenamedSettings(renamed, services.GetRequiredService<ILogger<RenamedSettings>>()));

        // a failed start is reported as one line naming the key or the cause, not as the host's stack trace
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffK ";
        });
        if (LogFiles.DirectoryFrom(builder.Configuration) is { } logDirectory) LogFiles.Add(builder.Logging, logDirectory, definition.Program);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(service => service.ServiceName = definition.Program);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        builder.Services.AddOptions<HealthOptions>().Configure(h => h.Port = definition.DefaultHealthPort).BindConfiguration("Health").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<HostParts>();
        builder.Services.AddHostedService(_ => new NativeHeapTrim(TimeProvider.System));
        definition.Configure(builder);
        // added last, so it starts once the host's own services are up and stops first
        builder.Services.AddSingleton<HealthEndpoint>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HealthEndpoint>());
        return builder.Build();
    }

    public static string Usage(HostDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return $"""
            {definition.Program} {ProductVersion.Current}: {definition.Summary}

            usage: {definition.Program} [--config FILE] [Section:Key=value ...]
                   {definition.Program} --help | --version

            Settings come from appsettings.json beside the program, then FILE, then environment variables
            MYNAGATE_Section__Key, then Section:Key=value arguments (later wins). A wrong value stops the start
            with one line naming its key (exit 2). SIGTERM or Ctrl-C stops within {ShutdownTimeout.TotalSeconds:0} s.

            keys (docs/configuration.md has them as a table):
            {definition.Settings.HelpText(definition.DefaultHealthPort)}
            """;
    }

    private static bool TrySplit(string[] args, out string? configFile, out string[] rest, out string? error)
    {
        configFile = null;
        error = null;
        var others = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config")
            {
                if (i + 1 >= args.Length || configFile is not null)
                {
                    error = "--config takes one FILE, once";
                    rest = [];
                    return false;
                }
                configFile = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal) && !args[i].Contains(':', StringComparison.Ordinal))
            {
                error = $"unknown option {args[i]} (see --help)";
                rest = [];
                return false;
            }
            else others.Add(args[i]);
        }
        rest = [.. others];
        return true;
    }

    private static string OneLine(Exception e) => (e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message).ReplaceLineEndings(" ");

    private static async Task StopQuietlyAsync(IHost host)
    {
        try
        {
            await host.StopAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class HealthOptionsValidator : KeyedOptionsValidator<HealthOptions>
    {
        protected override IEnumerable<string> Problems(HealthOptions options)
        {
            if (CommonSettings.HealthPort("").RangeProblem(options.Port) is { } problem) yield return problem;
        }
    }
}
