using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Terminal.Links;

/// <summary>The readers this terminal paired with, kept in one JSON file (no personal data: ids, addresses, certificates).</summary>
public sealed class PairedReaderStore(string path)
{
    private readonly JsonFileStore<List<PairedReader>> _file = new(path, LinkJson.Options);
    private readonly Lock _gate = new();

    public IReadOnlyList<PairedReader> Load()
    {
        lock (_gate) return _file.Load() ?? [];
    }

    public void Save(IReadOnlyList<PairedReader> readers)
    {
        lock (_gate) _file.Save([.. readers]);
    }
}
