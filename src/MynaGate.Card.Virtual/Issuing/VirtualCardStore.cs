using System.Text.Json;

namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Reads and writes a card's state file (JSON, owner-only permissions). Writes go to a temporary file that replaces
/// the old one, so a crash never leaves a half-written card.
/// </summary>
public static class VirtualCardStore
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static VirtualCardImage Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<VirtualCardImage>(File.ReadAllBytes(path), Options)
                   ?? throw new InvalidDataException("The card state file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The card state file is not valid.", e);
        }
    }

    public static void Save(string path, VirtualCardImage image)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            JsonSerializer.Serialize(stream, image, Options);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
