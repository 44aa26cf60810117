using System.Text.Json;
using MynaGate.Storage;

namespace MynaGate.Site;

/// <summary>
/// What a running chain listens on, written to its state folder at start so <c>mynagate doctor</c> checks the
/// ports and the national service actually configured. Addresses and counts only, nothing personal.
/// </summary>
public sealed record SiteRecord(Uri NationalService, int Readers, IReadOnlyList<SitePort> Ports)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathIn(SiteLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.StateDirectory, "site.json");
    }

    /// <summary>The site recorded in <paramref name="layout"/>'s folder, or null when no chain has run there.</summary>
    public static SiteRecord? Load(SiteLayout layout)
    {
        try
        {
            return FileIn(layout).Load();
        }
        catch (InvalidDataException)
        {
            return null; // a damaged record is no record: doctor then checks the defaults
        }
    }

    public void Save(SiteLayout layout) => FileIn(layout).Save(this);

    private static JsonFileStore<SiteRecord> FileIn(SiteLayout layout) => new(PathIn(layout), Json);
}

/// <summary>A port a chain's server listens on, named for diagnostics ("reader R01 link").</summary>
public sealed record SitePort(string Name, int Port);
