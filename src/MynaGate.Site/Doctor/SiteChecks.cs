using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Relay;

namespace MynaGate.Site.Doctor;

/// <summary>The installation under a state folder: the Face folder, the national service and the pairings.</summary>
public static class SiteChecks
{
    public static DoctorFinding FaceFolder(string folder)
    {
        // doctor writes nothing but its probe: a folder that is not there yet is the terminal's to create at start
        if (!Directory.Exists(folder) && !File.Exists(folder))
            return DoctorFinding.Warning("face folder", $"{folder}: not there yet", "the terminal creates it when it starts; share it with the receipt computer once it is there");
        string probe = Path.Combine(folder, $".doctor-{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(probe, [0]);
            File.Delete(probe);
            return DoctorFinding.Ok("face folder", $"{folder}: writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DoctorFinding.Failed("face folder", $"{folder}: not writable ({e.GetType().Name})",
                "give the terminal's user write access to the folder the receipt computer reads");
        }
    }

    /// <summary>The national service's health route, over mutual TLS with the terminal's identity and the service's pinned certificate.</summary>
    public static async Task<DoctorFinding> NationalServiceAsync(SiteLayout layout, Uri address, string howToStart)
    {
        const string check = "national service";
        if (!File.Exists(layout.TerminalIdentity) || !File.Exists(layout.OnshiIdentity))
            return DoctorFinding.Failed(check, $"{address}: no terminal identity or service pin in {layout.StateDirectory}", howToStart);
        try
        {
            using var terminal = X509CertificateLoader.LoadPkcs12FromFile(layout.TerminalIdentity, null);
            using var service = X509CertificateLoader.LoadPkcs12FromFile(layout.OnshiIdentity, null);
            using var client = new NationalServiceClient(address, terminal, CertificatePin.Of(service), TimeSpan.FromSeconds(5));
            await client.CheckHealthAsync(CancellationToken.None).ConfigureAwait(false);
            return DoctorFinding.Ok(check, $"{address}: answers, certificate matches the pin");
        }
        catch (NationalServiceException e)
        {
            return DoctorFinding.Failed(check, $"{address}: {e.Message} ({e.Code})",
                $"{howToStart}; on a clinic network, check the route to the オンライン資格確認等システム");
        }
        catch (CryptographicException e)
        {
            return DoctorFinding.Failed(check, $"an identity file cannot be read: {e.Message}", "restore the state folder from backup, or pair again");
        }
    }

    /// <summary>An installed reader's side of the pairing: whether it trusts a terminal (reader/paired-terminal.json).</summary>
    public static DoctorFinding ReaderPairing(SiteLayout layout) =>
        File.Exists(Path.Combine(layout.StateDirectory, "reader", "paired-terminal.json"))
            ? DoctorFinding.Ok("pairing", "this reader trusts its terminal")
            : DoctorFinding.Failed("pairing", "this reader is not paired",
                "start the reader (systemctl start mynagate-reader mynagate-kiosk) and pair it from the terminal's console with the code its screen shows");

    /// <summary>The terminal's paired readers, and for each reader of the layout whether it trusts a terminal.</summary>
    public static IEnumerable<DoctorFinding> Pairing(SiteLayout layout, int readers, string howToStart)
    {
        var paired = new PairedReaderStore(layout.PairedReaders).Load();
        yield return paired.Count > 0
            ? DoctorFinding.Ok("pairing", $"the terminal trusts {paired.Count} reader(s): {string.Join(", ", paired.Select(r => r.ReaderId))}")
            : DoctorFinding.Failed("pairing", "the terminal has no paired reader", howToStart);
        for (int i = 0; i < readers; i++)
        {
            string id = SiteLayout.ReaderId(i);
            bool trusts = File.Exists(layout.ReaderPairing(id));
            bool known = paired.Any(r => r.ReaderId == id);
            yield return (trusts, known) switch
            {
                (true, true) => DoctorFinding.Ok("pairing", $"{id}: paired both ways"),
                (false, false) => DoctorFinding.Failed("pairing", $"{id}: not paired", howToStart),
                _ => DoctorFinding.Failed("pairing", $"{id}: paired on one side only ({(trusts ? "the reader" : "the terminal")})",
                    "unpair on both sides and pair again with the code the reader shows"),
            };
        }
    }
}
