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
        string path = PathIn(layout);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<ChainSite>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(ChainLayout layout)
    {
        string path = PathIn(layout);
        Directory.CreateDirectory(layout.StateDirectory);
        AtomicFileWriter.Replace(path, JsonSerializer.SerializeToUtf8Bytes(this, Json));
    }
}

/// <summary>A port a chain's server listens on, named for diagnostics ("reader R01 link").</summary>
public sealed record ChainSitePort(string Name, int Port);
