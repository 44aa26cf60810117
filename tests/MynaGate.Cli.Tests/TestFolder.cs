namespace MynaGate.Cli.Tests;

/// <summary>
/// A temporary folder a test class owns: xunit makes one instance of the class per test and disposes it after the
/// test, passed or failed, so what a test writes here never outlives it.
/// </summary>
public sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mynagate-cli-").FullName;

    /// <summary>A new, empty folder inside.</summary>
    public string Folder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;

    /// <summary>A file inside, written with <paramref name="content"/>; a name used twice gets a folder of its own.</summary>
    public string File(string name, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (System.IO.File.Exists(path)) path = System.IO.Path.Combine(Folder(Guid.NewGuid().ToString("N")), name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
