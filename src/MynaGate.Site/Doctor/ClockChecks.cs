using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Terminal.Links;

namespace MynaGate.Site.Doctor;

/// <summary>
/// This machine's clock against its peers': the national service and each paired reader, read from the Date header of
/// one HEAD request (one-second resolution, plus the round trip). The terminal refuses a reader's message whose time is
/// <see cref="RefusedSkew"/> or more away (T201), so that is a failure; a minute is already a warning, since clocks
/// drift apart without time sync (docs/install.md: time sync). The national service's certificate, seen in the same
/// handshake, is reported with its end date: the terminal pins it, so a renewed one needs the new pin.
/// </summary>
public static class ClockChecks
{
    public static readonly TimeSpan RefusedSkew = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan WarnedSkew = TimeSpan.FromMinutes(1);
    private const string Fix = "turn on time sync on both machines (Windows: w32tm /resync; Debian: systemd-timesyncd or chrony) against the same source";

    public static async Task<IEnumerable<DoctorFinding>> RunAsync(SiteLayout layout, Uri? nationalService, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(clock);
        var findings = new List<DoctorFinding>();
        // the terminal's identity answers a reader's request for a client certificate; a reader's pin is checked
        using var identity = File.Exists(layout.TerminalIdentity) ? X509CertificateLoader.LoadPkcs12FromFile(layout.TerminalIdentity, null) : null;
        if (nationalService is not null)
        {
            var (finding, certificate) = await CompareAsync("national service", nationalService, pin: null, identity, clock).ConfigureAwait(false);
            findings.Add(finding);
            if (certificate is not null)
            {
                using (certificate)
                    findings.Add(CertificateChecks.Expiry("national service certificate", certificate, clock.GetUtcNow(), $"{nationalService}: pin {CertificatePin.Of(certificate).Sha256}"));
            }
        }
        foreach (var reader in new PairedReaderStore(layout.PairedReaders).Load())
            findings.Add((await CompareAsync($"reader {reader.ReaderId}", reader.Address, reader.Pin, identity, clock).ConfigureAwait(false)).Finding);
        return findings;
    }

    /// <summary>The finding for a peer whose Date header said <paramref name="peer"/> when this clock said <paramref name="local"/>.</summary>
    public static DoctorFinding Judge(string name, DateTimeOffset peer, DateTimeOffset local)
    {
        var skew = local - peer;
        string detail = $"{name}: this clock is {Math.Abs(skew.TotalSeconds):0} s {(skew >= TimeSpan.Zero ? "ahead of" : "behind")} its clock";
        return skew.Duration() >= RefusedSkew ? DoctorFinding.Failed("clock", detail + " (the terminal refuses messages at 5 minutes: T201)", Fix)
            : skew.Duration() >= WarnedSkew ? DoctorFinding.Warning("clock", detail, Fix)
            : DoctorFinding.Ok("clock", detail);
    }

    // the finding, and the peer's certificate as its handshake showed it (the caller disposes it)
    private static async Task<(DoctorFinding Finding, X509Certificate2? Certificate)> CompareAsync(string name, Uri address, CertificatePin? pin, X509Certificate2? identity, TimeProvider clock)
    {
        X509Certificate2? seen = null;
        using var handler = new HttpClientHandler
        {
            // only the Date header is read and nothing is sent: a peer without a known pin (the national service, whose
            // pin lives in the terminal's configuration) is asked whatever its certificate; a paired reader must match its pin
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                if (certificate is not null && seen is null) seen = X509CertificateLoader.LoadCertificate(certificate.RawData);
                return pin is null || (certificate is not null && CertificatePin.Of(certificate) == pin);
            },
        };
        if (identity is not null) handler.ClientCertificates.Add(identity);
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, address);
            var sent = clock.GetUtcNow();
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            var received = clock.GetUtcNow();
            if (response.Headers.Date is not { } date)
                return (DoctorFinding.Warning("clock", $"{name}: {address} sends no Date header, its clock cannot be compared", Fix), seen);
            // the peer stamped its answer somewhere within the round trip: compare with its middle
            return (Judge(name, date, sent + (received - sent) / 2), seen);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (DoctorFinding.Warning("clock", $"{name}: {address} cannot be reached to compare clocks ({e.GetType().Name})", "see the national service and pairing checks"), seen);
        }
    }
}
