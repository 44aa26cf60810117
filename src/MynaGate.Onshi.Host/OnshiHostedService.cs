using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Hosting;
using MynaGate.Link.Identity;
using MynaGate.Storage;

namespace MynaGate.Onshi.Host;

/// <summary>Starts the emulator from its options and registers the configured terminals.</summary>
public sealed class OnshiHostedService(IOptions<OnshiHostOptions> options, HostParts parts, ILogger<OnshiHostedService> logger, ILoggerFactory logs) : IHostedService, IHealthCheck, IAsyncDisposable
{
    /// <summary>The card-face root public key, exported beside the authority for the readers' configuration.</summary>
    public const string CardFaceRootFile = "card-face-root.pem";

    private OnshiServer? _server;
    private TestJpkiAuthority? _authority;
    private System.Security.Cryptography.X509Certificates.X509Certificate2? _identity;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        Directory.CreateDirectory(o.StateDirectory);
        _authority = TestJpkiAuthority.LoadOrCreate(o.AuthorityDirectory);
        AtomicFileWriter.Replace(Path.Combine(o.AuthorityDirectory, CardFaceRootFile),
            System.Text.Encoding.ASCII.GetBytes(_authority.CardFaceRootKey.ExportSubjectPublicKeyInfoPem()));
        var endpoint = ListenAddress.Parse(o.Listen);
        _identity = DeviceIdentity.LoadOrCreate(Path.Combine(o.StateDirectory, "identity.pfx"), "MynaGate Onshi Emulator");
        try
        {
            _server = await OnshiServer.StartAsync(new OnshiOptions
            {
                Logs = logs,
                ServerCertificate = _identity,
                AuthenticationCa = _authority.AuthenticationCa,
                SqliteFile = Path.Combine(o.StateDirectory, OnshiOptions.DatabaseFileName),
                ConnectionString = o.ConnectionString,
                Address = endpoint.Address,
                Port = endpoint.Port,
                ResponseDelay = TimeSpan.FromMilliseconds(o.ResponseDelayMs),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new HostStartException($"Onshi:Listen {o.Listen} cannot be served: {e.Message}", e);
        }
        foreach (var terminal in o.Terminals)
            await _server.Store.RegisterTerminalAsync(terminal.CertificatePin.ToUpperInvariant(), terminal.MedicalInstitutionCode, cancellationToken).ConfigureAwait(false);
        OnshiHostLog.TerminalsRegistered(logger, o.Terminals.Count);
        string pin = CertificatePin.Of(_identity).Sha256;
        OnshiHostLog.Serving(logger, _server.BaseAddress, pin);
        parts.Publish(_server); // what an in-process chain drives and watches
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_server is null ? HealthCheckResult.Unhealthy() : HealthCheckResult.Healthy());

    public async ValueTask DisposeAsync()
    {
        parts.Withdraw<OnshiServer>();
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
        _server = null;
        _authority?.Dispose();
        _authority = null;
        _identity?.Dispose();
        _identity = null;
    }
}
