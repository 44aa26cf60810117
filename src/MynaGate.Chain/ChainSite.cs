using System.Text.Json;
using MynaGate.Storage;

namespace MynaGate.Chain;

/// <summary>
/// What a running chain listens on, written to its state folder at start so <c>mynagate doctor</c> checks the
/// ports and the national service actually configured. Addresses and counts only, nothing personal.
/// </summary>
public sealed record ChainSite(Uri NationalService, int Readers, IReadOnlyList<ChainSitePort> Ports)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathIn(ChainLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.StateDirectory, "site.json");
    }

    /// <summary>The site recorded in <paramref name="layout"/>'s folder, or null when no chain has run there.</summary>
    public static ChainSite? Load(ChainLayout layout)
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

    public void Save(ChainLayout layout) => FileIn(layout).Save(this);

    private static JsonFileStore<ChainSite> FileIn(ChainLayout layout) => new(PathIn(layout), Json);
}

/// <summary>A port a chain's server listens on, named for diagnostics ("reader R01 link").</summary>
public sealed record ChainSitePort(string Name, int Port);
