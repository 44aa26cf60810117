using System.Text.Json;

namespace MynaGate.Storage;

/// <summary>
/// One JSON document kept in one file (settings, pairings, accounts, a virtual card): read whole, and replaced whole
/// through <see cref="AtomicFileWriter.Replace"/>, so a crash leaves the old document or the new, never a mix.
/// A file that is there but does not hold a <typeparamref name="T"/> is an <see cref="InvalidDataException"/> naming
/// the file, never its content; what a damaged file means (refuse to start, count as the safe state) is the caller's.
/// </summary>
public sealed class JsonFileStore<T>(string path, JsonSerializerOptions options, bool ownerOnly = false) where T : class
{
    /// <summary>The file, as a full path.</summary>
    public string FilePath { get; } = Path.GetFullPath(path);

    /// <summary>The document; null when there is no file.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a <typeparamref name="T"/> in JSON.</exception>
    public T? Load()
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(content, options) ?? throw Damaged(null);
        }
        catch (JsonException e)
        {
            throw Damaged(e);
        }
    }

    /// <summary>Replaces the file with <paramref name="document"/>, creating its folder; owner-only when the store is.</summary>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    public void Save(T document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        AtomicFileWriter.Replace(FilePath, JsonSerializer.SerializeToUtf8Bytes(document, options), ownerOnly);
    }

    /// <summary>Removes the file; nothing happens when there is none.</summary>
    public void Delete() => File.Delete(FilePath);

    private InvalidDataException Damaged(JsonException? cause) =>
        new($"{FilePath} does not hold a {typeof(T).Name} in JSON.", cause);
}
