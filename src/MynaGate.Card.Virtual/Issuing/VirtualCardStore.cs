using System.Text.Json;
using MynaGate.Storage;

namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Reads and writes a card's state file (JSON, owner-only permissions), replaced whole so a crash never leaves a
/// half-written card.
/// </summary>
public static class VirtualCardStore
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <exception cref="InvalidDataException">There is no card in the file, or no file.</exception>
    public static VirtualCardImage Load(string path) =>
        FileAt(path).Load() ?? throw new InvalidDataException($"No card state file at {path}.");

    public static void Save(string path, VirtualCardImage image) => FileAt(path).Save(image);

    private static JsonFileStore<VirtualCardImage> FileAt(string path) => new(path, Options, ownerOnly: true);
}
