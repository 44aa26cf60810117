using System.Text.Json;
using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Terminal.Links;

/// <summary>The readers this terminal paired with, kept in one JSON file (no personal data: ids, addresses, certificates).</summary>
public sealed class PairedReaderStore(string path)
{
    private readonly Lock _gate = new();

    public IReadOnlyList<PairedReader> Load()
    {
        lock (_gate)
        {
            if (!File.Exists(path)) return [];
            return JsonSerializer.Deserialize<List<PairedReader>>(File.ReadAllBytes(path), LinkJson.Options) ?? [];
        }
    }

    public void Save(IReadOnlyList<PairedReader> readers)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            AtomicFileWriter.Replace(path, JsonSerializer.SerializeToUtf8Bytes(readers, LinkJson.Options));
        }
    }
}
