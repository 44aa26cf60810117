using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;

namespace MynaGate.Site.Doctor;

/// <summary>
/// The certificates a site keeps in its state folders, with what an installer needs from them and when they end: the
/// terminal's (its pin, registered with the national service), the console's (its SHA-256 fingerprint, which staff
/// compare with the browser's at first connection) and each reader's. One that ends within
/// <see cref="RenewalWindow"/> is a warning and an ended one a failure, each with the renewal steps'
/// place in the docs. Also the first start's admin password file, which should not outlive the first sign-in.
/// </summary>
public static class CertificateChecks
{
    public static readonly TimeSpan RenewalWindow = TimeSpan.FromDays(30);
    private const string Renewal = "renew it: docs/install.md, 証明書の更新 (certificate renewal)";

    public static IEnumerable<DoctorFinding> Run(SiteLayout layout, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (Load(layout.TerminalIdentity) is { } terminal)
        {
            using (terminal)
                yield return Expiry("terminal certificate", terminal, now, $"pin (register with the national service) {CertificatePin.Of(terminal).Sha256}");
        }
        if (Load(Path.Combine(layout.TerminalFolder, "console-certificate.pfx")) is { } console)
        {
            using (console)
                yield return Expiry("console certificate", console, now, $"SHA-256 fingerprint {Convert.ToHexString(SHA256.HashData(console.RawData))}");
        }
        string password = Path.Combine(layout.TerminalFolder, "initial-admin-password.txt");
        if (File.Exists(password))
        {
            yield return DoctorFinding.Warning("console account", $"the first start's admin password is in {password}",
                "sign in to the console as admin, change the password, then delete the file");
        }
        foreach (string identity in ReaderIdentities(layout))
        {
            if (Load(identity) is not { } reader) continue;
            using (reader)
                yield return Expiry("reader certificate", reader, now, $"{identity}: pin {CertificatePin.Of(reader).Sha256}");
        }
    }

    // an installed reader keeps its state in reader/; the demo's readers in readers/R01, readers/R02, …
    private static IEnumerable<string> ReaderIdentities(SiteLayout layout)
    {
        yield return Path.Combine(layout.StateDirectory, "reader", "identity.pfx");
        string readers = Path.Combine(layout.StateDirectory, "readers");
        if (!Directory.Exists(readers)) yield break;
        foreach (string folder in Directory.GetDirectories(readers).Order(StringComparer.Ordinal))
            yield return Path.Combine(folder, "identity.pfx");
    }

    /// <summary>A certificate's end date against <paramref name="now"/>: ok, a warning within the renewal window, or failed.</summary>
    public static DoctorFinding Expiry(string check, X509Certificate2 certificate, DateTimeOffset now, string facts)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var end = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        string detail = $"{facts}; valid until {end:yyyy-MM-dd}";
        if (end <= now) return DoctorFinding.Failed(check, detail + " (ended)", Renewal);
        if (end - now <= RenewalWindow) return DoctorFinding.Warning(check, detail + $" (ends in {(end - now).Days} days)", Renewal);
        return DoctorFinding.Ok(check, detail);
    }

    private static X509Certificate2? Load(string file)
    {
        if (!File.Exists(file)) return null;
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(file, null);
        }
        catch (CryptographicException)
        {
            return null; // the pairing and national-service checks report an unreadable identity with its fix
        }
    }
}
