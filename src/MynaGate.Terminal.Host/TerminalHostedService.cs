using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MynaGate.Admin;
using MynaGate.Hosting;
using MynaGate.Link.Identity;
using MynaGate.Storage;

namespace MynaGate.Terminal.Host;

/// <summary>Starts the terminal service and its console from the options; stops both on the host's stop.</summary>
public sealed class TerminalHostedService(IOptions<TerminalHostOptions> options, HostParts parts, ILogger<TerminalHostedService> logger, ILoggerFactory logs)
    : IHostedService, IHealthCheck, IAsyncDisposable
{
    public const string InitialAdminName = "admin";
    public const string InitialPasswordFile = "initial-admin-password.txt";

    private TerminalService? _terminal;
    private ConsoleServer? _console;
    private X509Certificate2? _identity;
    private X509Certificate2? _consoleCertificate;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.StateDirectory);
        Directory.CreateDirectory(o.FaceFolder);
        _identity = DeviceIdentity.LoadOrCreate(Path.Combine(o.StateDirectory, "identity.pfx"), $"MynaGate Terminal {o.Name}");
        _terminal = await TerminalService.StartAsync(new TerminalOptions
        {
            Identity = _identity,
            StateDirectory = o.StateDirectory,
            FaceFolder = o.FaceFolder,
            CertificateFolder = string.IsNullOrWhiteSpace(o.CertificateFolder) ? null : o.CertificateFolder,
            MedicalInstitutionCode = o.MedicalInstitutionCode,
            NationalService = new Uri(o.NationalService.Url),
            NationalServicePin = CertificatePin.Parse(o.NationalService.CertificatePin),
            NationalServiceTimeout = TimeSpan.FromSeconds(o.NationalService.TimeoutSeconds),
            NationalServiceOutageAfterFailures = o.NationalService.OutageAfterFailures,
            NationalServiceProbeInterval = TimeSpan.FromSeconds(o.NationalService.ProbeSeconds),
            CharacterCode = o.CharacterCode,
            LicensedReaders = o.LicensedReaders,
            LogConnectionString = o.ConnectionString,
            Name = o.Name,
        }, cancellationToken).ConfigureAwait(false);
        _terminal.Log.RowsLost += (rows, why) => TerminalHostLog.LogRowsLost(logger, rows, why);
        string pin = CertificatePin.Of(_identity).Sha256;
        TerminalHostLog.TerminalUp(logger, _terminal.Readers.Count, pin);

        _consoleCertificate = o.Console.Https ? LoadConsoleCertificate(o) : null;
        try
        {
            _console = await ConsoleServer.StartAsync(new ConsoleOptions
            {
                Logs = logs,
                Endpoint = ListenAddress.Parse(o.Console.Listen),
                StateDirectory = o.StateDirectory,
                Certificate = _consoleCertificate,
            }, _terminal, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new HostStartException($"Terminal:Console:Listen {o.Console.Listen} cannot be served: {e.Message}", e);
        }
        string fingerprint = _consoleCertificate is null ? "(plain HTTP on loopback)" : Convert.ToHexString(SHA256.HashData(_consoleCertificate.RawData));
        TerminalHostLog.ConsoleUp(logger, _console.Address, fingerprint);
        // what an in-process chain drives and watches
        parts.Publish(_terminal);
        parts.Publish(_console);
        if (!_console.Accounts.Any) await MakeInitialAdminAsync(o.StateDirectory).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_terminal is null || _console is null ? HealthCheckResult.Unhealthy()
            : _terminal.Log.LostRows > 0 ? HealthCheckResult.Degraded("log rows lost")
            : _terminal.NationalService.Current is { } outage ? HealthCheckResult.Degraded(
                "national service down since " + outage.Declared.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            : LinksDown(_terminal) is { Length: > 0 } down ? HealthCheckResult.Degraded("reader links down: " + down)
            : HealthCheckResult.Healthy());

    private static string LinksDown(TerminalService terminal) =>
        string.Join(", ", terminal.Readers.Where(r => !r.LinkUp).Select(r => r.Reader.ReaderId));

    // the console's own certificate: the configured file, or one made here once and kept
    private static X509Certificate2 LoadConsoleCertificate(TerminalHostOptions o) => o.Console.CertificateFile is { Length: > 0 } file
        ? X509CertificateLoader.LoadPkcs12FromFile(file, o.Console.CertificatePassword)
        : DeviceIdentity.LoadOrCreate(Path.Combine(o.StateDirectory, "console-certificate.pfx"), "MynaGate Console");

    private async Task MakeInitialAdminAsync(string stateDirectory)
    {
        string password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15));
        string file = Path.Combine(stateDirectory, InitialPasswordFile);
        await _console!.Accounts.SetPasswordAsync(InitialAdminName, password).ConfigureAwait(false);
        AtomicFileWriter.Replace(file, Encoding.ASCII.GetBytes(password + "\n"), ownerOnly: true);
        TerminalHostLog.InitialAdminMade(logger, file);
    }

    public async ValueTask DisposeAsync()
    {
        parts.Withdraw<ConsoleServer>();
        parts.Withdraw<TerminalService>();
        if (_console is not null) await _console.DisposeAsync().ConfigureAwait(false);
        _console = null;
        if (_terminal is not null) await _terminal.DisposeAsync().ConfigureAwait(false);
        _terminal = null;
        _identity?.Dispose();
        _identity = null;
        _consoleCertificate?.Dispose();
        _consoleCertificate = null;
    }
}
