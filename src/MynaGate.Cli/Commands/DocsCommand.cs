using MynaGate.Cli.Docs;

namespace MynaGate.Cli.Commands;

/// <summary><c>mynagate docs error-codes</c>: writes (or checks) the documents generated from the code.</summary>
public static class DocsCommand
{
    public const string Help = """
        usage: mynagate docs error-codes [--check] [--root DIR]
          Writes docs/error-codes.md from the error catalogue and the kiosk's screen texts.
          --check     write nothing; exit 1 when the file differs from what the code would write
          --root DIR  the checkout (default: the current directory)
          exit code: 0 written or up to date, 1 out of date (--check), 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, ["--check"], "--root") is not { } arguments) return 0;
        if (arguments.Operands is not ["error-codes"]) throw new UsageException("docs knows one document: error-codes");
        string path = Path.Combine(arguments.Text("--root") ?? ".", ErrorCodesDocument.RelativePath);
        string expected = ErrorCodesDocument.Render();
        if (arguments.Has("--check"))
        {
            bool current = File.Exists(path) && File.ReadAllText(path) == expected;
            output.WriteLine(current ? $"{path}: up to date" : $"{path}: out of date; run ./mynagate docs error-codes");
            return current ? 0 : 1;
        }
        File.WriteAllText(path, expected);
        output.WriteLine($"{path}: written");
        return 0;
    }
}
