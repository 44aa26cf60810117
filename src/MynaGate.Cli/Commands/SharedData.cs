namespace MynaGate.Cli.Commands;

/// <summary>Where ../shared is (MYNAGATE_SHARED, set by ./mynagate), for dataset photos.</summary>
public static class SharedData
{
    /// <summary>A face photo from the dataset for a persona seed, or null when the dataset is not beside us.</summary>
    public static string? PersonaPhoto(int seed)
    {
        string? shared = Environment.GetEnvironmentVariable("MYNAGATE_SHARED");
        if (string.IsNullOrEmpty(shared)) return null;
        string folder = Path.Combine(shared, "datasets", "deepface-unit");
        if (!Directory.Exists(folder)) return null;
        var photos = Directory.GetFiles(folder, "img*.jpg").Order(StringComparer.Ordinal).ToArray();
        return photos.Length == 0 ? null : photos[Math.Abs(seed) % photos.Length];
    }
}
