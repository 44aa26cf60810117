namespace MynaGate.Boundaries.Tests;

/// <summary>
/// One program a clinic installs: its host project, its entry assembly, the MynaGate assemblies it must never be built
/// from, and the files its publish must never hold (database drivers on the reader, native vision on the terminal).
/// </summary>
public sealed record ProgramBoundary(string Project, string EntryAssembly, string[] Required, string[] ForbiddenAssemblies, string[] ForbiddenFilePrefixes)
{
    // the developer's kit: the emulator, the virtual card, the generators, the demo chain and the developer tool
    private static readonly string[] TestKit =
        ["MynaGate.Onshi", "MynaGate.Onshi.Host", "MynaGate.Card.Virtual", "MynaGate.Ocr.Synthetic", "MynaGate.Chain", "MynaGate.Cli"];

    public static readonly ProgramBoundary Reader = new(
        "MynaGate.Reader.Host", "mynagate-reader",
        Required: ["MynaGate.Reader", "MynaGate.Card", "MynaGate.Storage"],
        ForbiddenAssemblies: [.. TestKit, "MynaGate.Terminal", "MynaGate.Terminal.Host", "MynaGate.Admin", "MynaGate.Storage.Sql"],
        ForbiddenFilePrefixes: ["Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "libe_sqlite3"]);

    public static readonly ProgramBoundary Terminal = new(
        "MynaGate.Terminal.Host", "mynagate-terminal",
        Required: ["MynaGate.Terminal", "MynaGate.Admin", "MynaGate.Onshi.Contract", "MynaGate.Certificates"],
        ForbiddenAssemblies: [.. TestKit, "MynaGate.Reader", "MynaGate.Reader.Host", "MynaGate.Card", "MynaGate.Ocr", "MynaGate.Vision"],
        ForbiddenFilePrefixes: ["libmgvision", "libtesseract", "libopencv", "libonnxruntime", "Microsoft.ML.OnnxRuntime"]);

    public static readonly ProgramBoundary NationalServiceEmulator = new(
        "MynaGate.Onshi.Host", "mynagate-onshi",
        Required: ["MynaGate.Onshi", "MynaGate.Onshi.Contract"],
        ForbiddenAssemblies: ["MynaGate.Reader", "MynaGate.Reader.Host", "MynaGate.Terminal", "MynaGate.Terminal.Host", "MynaGate.Admin", "MynaGate.Ocr", "MynaGate.Ocr.Synthetic", "MynaGate.Vision", "MynaGate.Chain", "MynaGate.Cli"],
        ForbiddenFilePrefixes: ["libmgvision", "libtesseract", "libopencv", "libonnxruntime", "Microsoft.ML.OnnxRuntime"]);
}
