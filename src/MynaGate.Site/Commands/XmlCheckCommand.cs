using MynaGate.Terminal.Results;

namespace MynaGate.Site.Commands;

/// <summary>
/// <c>mynagate xml check FILE...</c>: what is wrong with 資格確認 result XML files against the element dictionary
/// (<see cref="ResultXmlChecker"/>), for a receipt-computer vendor's files as much as ours.
/// </summary>
public static class XmlCheckCommand
{
    public const string Help = """
        usage: mynagate xml check FILE... [--json]
          Checks result XML files (UTF-8 or Shift_JIS, any element order, unknown elements tolerated) against the
          element dictionary: missing required elements, codes outside their tables, dates (YYYYMMDD) and times
          (YYYYMMDDHHmmss) that are not, consent flags of 同意あり without their time, misspelt element names,
          CharacterCodeIdentifier against the declared encoding, and check digits of 保険者番号 and
          医療機関コード (warnings: some numbers in use fail them). One row per finding, or `ok`.
          --json    one JSON object per line: file, status (ok, warning, error), element, problem
          exit code: 0 no errors (warnings allowed), 1 an error in some file, 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, []) is not { } arguments) return 0;
        if (arguments.Operands.Count == 0) throw new UsageException("xml check needs at least one file");
        var report = new Report(output, arguments.Has("--json"));
        bool errors = false;
        foreach (string file in arguments.Operands)
        {
            IReadOnlyList<ResultXmlFinding> findings = InputFiles.TryRead(file, out string? problem) is { } xml
                ? ResultXmlChecker.Check(xml)
                : [new("-", problem!)];
            if (findings.Count == 0) report.Add(("file", file), ("status", "ok"), ("element", null), ("problem", null));
            foreach (var finding in findings)
                report.Add(("file", file), ("status", finding.IsWarning ? "warning" : "error"), ("element", finding.Element), ("problem", finding.Problem));
            errors |= findings.Any(f => !f.IsWarning);
        }
        report.Flush();
        return errors ? 1 : 0;
    }
}
