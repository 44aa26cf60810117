namespace MynaGate.Boundaries.Tests;

/// <summary>
/// One program a clinic installs (the three hosts, the site tool): its project, its entry assembly, the MynaGate assemblies it must never be built
/// from, and the files its publish must never hold (database drivers on the reader, native vision on the terminal).
/// </summary>
public sealed record ProgramBoundary(string Project, string EntryAssembly, string[] Required, string[] ForbiddenAssemblies, string[] ForbiddenFilePrefixes)
{
    // the developer's kit: the emulator (library and host), the virtual card, the generators, the demo chain and the
    // developer tool. Host and tool projects are named by their assemblies (mynagate-onshi, not MynaGate.Onshi.Host).
    private static readonly string[] TestKit =
        ["MynaGate.Onshi", "mynagate-onshi", "MynaGate.Card.Virtual", "MynaGate.Ocr.Synthetic", "MynaGate.Chain", "mynagate-dev"];

    // what only tests, fuzzing and benchmarks use
    private static readonly string[] TestPackages = ["xunit", "Microsoft.Playwright", "CsCheck", "SharpFuzz", "BenchmarkDotNet", "Microsoft.TestPlatform"];

    public static readonly ProgramBoundary Reader = new(
        "MynaGate.Reader.Host", "mynagate-reader",
        Required: ["MynaGate.Reader", "MynaGate.Card", "MynaGate.Storage"],
        ForbiddenAssemblies: [.. TestKit, "MynaGate.Terminal", "mynagate-terminal", "MynaGate.Admin", "MynaGate.Storage.Sql", "mynagate"],
        ForbiddenFilePrefixes: [.. TestPackages, "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "libe_sqlite3"]);

    public static readonly ProgramBoundary Terminal = new(
        "MynaGate.Terminal.Host", "mynagate-terminal",
        Required: ["MynaGate.Terminal", "MynaGate.Admin", "MynaGate.Onshi.Contract", "MynaGate.Certificates"],
        ForbiddenAssemblies: [.. TestKit, "MynaGate.Reader", "mynagate-reader", "MynaGate.Card", "MynaGate.Ocr", "MynaGate.Vision", "mynagate"],
        ForbiddenFilePrefixes: [.. TestPackages, "libmgvision", "libtesseract", "libopencv", "libonnxruntime", "Microsoft.ML.OnnxRuntime"]);

    public static readonly ProgramBoundary NationalServiceEmulator = new(
        "MynaGate.Onshi.Host", "mynagate-onshi",
        Required: ["MynaGate.Onshi", "MynaGate.Onshi.Contract"],
        ForbiddenAssemblies: ["MynaGate.Reader", "mynagate-reader", "MynaGate.Terminal", "mynagate-terminal", "MynaGate.Admin", "MynaGate.Ocr", "MynaGate.Ocr.Synthetic", "MynaGate.Vision", "MynaGate.Chain", "mynagate-dev", "mynagate"],
        ForbiddenFilePrefixes: [.. TestPackages, "libmgvision", "libtesseract", "libopencv", "libonnxruntime", "Microsoft.ML.OnnxRuntime"]);

    /// <summary>The site tool (doctor, card info, xml check, backup, support bundle, pair), shipped with each program.</summary>
    public static readonly ProgramBoundary SiteTool = new(
        "MynaGate.Site", "mynagate",
        Required: ["MynaGate.Card", "MynaGate.Terminal", "MynaGate.Admin"],
        ForbiddenAssemblies: TestKit,
        ForbiddenFilePrefixes: TestPackages);
}
