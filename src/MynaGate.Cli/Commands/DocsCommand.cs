using MynaGate.Cli.Docs;
using MynaGate.Site.Commands;

namespace MynaGate.Cli.Commands;

/// <summary><c>mynagate docs error-codes|face-result-xml|security</c>: writes (or checks) what the documents take from the code.</summary>
public static class DocsCommand
{
    public const string Help = """
        usage: mynagate docs config|error-codes|face-result-xml|security [--check] [--root DIR]
          config           writes the key tables of docs/configuration.md (between its keys markers) and the example
                           configurations in deploy/config from the keys each program declares, validates and
                           lists in --help
          error-codes      writes docs/error-codes.md from the error catalogue and the kiosk's screen texts
          face-result-xml  writes the sample files in docs/samples/ with the terminal's own writers, and their list
                           and the first sample into docs/face-result-xml.md (between its sample markers)
          security         writes the table of enforced limits and the residual risks computed from them into
                           docs/security.md (between its limits markers)
          --check     write nothing; exit 1 when a file differs from what the code would write
          --root DIR  the checkout (default: the current directory)
          exit code: 0 written or up to date, 1 out of date (--check), 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, ["--check"], "--root") is not { } arguments) return 0;
        string root = arguments.Text("--root") ?? ".";
        var files = arguments.Operands switch
        {
            ["error-codes"] => [(Path.Combine(root, ErrorCodesDocument.RelativePath), System.Text.Encoding.UTF8.GetBytes(ErrorCodesDocument.Render()))],
            ["face-result-xml"] => FaceResultXml(root),
            ["security"] => Security(root),
            ["config"] =>
            [
                .. Region(root, ConfigurationDocument.RelativePath, ConfigurationDocument.WithKeys, "keys"),
                .. ExampleConfiguration.All().Select(e => (Path.Combine(root, ExampleConfiguration.Folder, e.Name), System.Text.Encoding.UTF8.GetBytes(e.Text))),
            ],
            _ => throw new UsageException("docs knows four documents: config, error-codes, face-result-xml and security"),
        };
        bool check = arguments.Has("--check");
        int stale = 0;
        foreach (var (path, content) in files)
        {
            bool current = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
            if (check)
            {
                output.WriteLine(current ? $"{path}: up to date" : $"{path}: out of date; run ./mynagate docs {arguments.Operands[0]}");
                stale += current ? 0 : 1;
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllBytes(path, content);
            output.WriteLine($"{path}: written");
        }
        return stale == 0 ? 0 : 1;
    }

    private static List<(string Path, byte[] Content)> Security(string root) =>
        Region(root, SecurityLimitsDocument.RelativePath, SecurityLimitsDocument.WithLimits, "limits");

    // a hand-written document whose region between two markers is generated
    private static List<(string Path, byte[] Content)> Region(string root, string relativePath, Func<string, string?> withRegion, string markers)
    {
        string documentPath = Path.Combine(root, relativePath);
        if (!File.Exists(documentPath)) throw new UsageException($"{documentPath} does not exist (--root names the checkout)");
        string updated = withRegion(File.ReadAllText(documentPath)) ?? throw new UsageException($"{documentPath} has no {markers} markers");
        return [(documentPath, System.Text.Encoding.UTF8.GetBytes(updated))];
    }

    private static List<(string Path, byte[] Content)> FaceResultXml(string root)
    {
        string documentPath = Path.Combine(root, FaceResultXmlDocument.RelativePath);
        if (!File.Exists(documentPath)) throw new UsageException($"{documentPath} does not exist (--root names the checkout)");
        string updated = FaceResultXmlDocument.WithSamples(File.ReadAllText(documentPath))
            ?? throw new UsageException($"{documentPath} has no sample markers");
        return
        [
            (documentPath, System.Text.Encoding.UTF8.GetBytes(updated)),
            .. FaceResultSamples.All().Select(s => (Path.Combine(root, FaceResultSamples.Folder, s.Name), s.Bytes)),
        ];
    }
}
