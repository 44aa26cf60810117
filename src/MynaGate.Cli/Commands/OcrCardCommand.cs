using System.Globalization;
using MynaGate.Calendar;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Site.Commands;
using MynaGate.Vision.Models;

namespace MynaGate.Cli.Commands;

/// <summary>
/// <c>mynagate ocr card IMAGE...</c>: the card-face OCR on image files, exactly as the reader reads one camera frame
/// (<see cref="CardFaceFrameReader"/>): per file the three fields of 照合番号B and the confidence, or the abstention's
/// reason. Values are masked unless <c>--show</c>.
/// </summary>
public static class OcrCardCommand
{
    public const string Help = """
        usage: mynagate ocr card IMAGE... [--show] [--json] [--today YYYY-MM-DD]
          Reads the birth date (和暦 YYMMDD), the expiry year and the security code off photos of My Number Card
          fronts, as the reader does with one camera frame. Each file gets `ok` with the fields and the lowest
          character confidence (0-100), or `abstain` with the reason (also for a file that cannot be read).
          --show    print the values (masked as ** otherwise; they are personal data)
          --json    one JSON object per line: file, status, birth_era_yymmdd, expiry_year, security_code,
                    confidence, reason
          --today   the date the plausibility checks use (default: today)
          exit code: 0 all read, 1 some abstained, 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, ["--show"], "--today") is not { } arguments) return 0;
        if (arguments.Operands.Count == 0) throw new UsageException("ocr card needs at least one image file");
        var today = Dates.Option(arguments, "--today") ?? DateOnly.FromDateTime(DateTime.Today);
        bool show = arguments.Has("--show");

        using var pool = new TesseractPool();
        using var paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        using var orientation = PaddleOrientation.Load(ModelDirectory.Resolve());
        using var detector = PaddleTextDetector.Load(ModelDirectory.Resolve());
        var reader = new CardFaceFrameReader(pool, detector, paddle, orientation);
        var report = new Report(output, arguments.Has("--json"));
        int abstained = 0;
        foreach (string file in arguments.Operands)
        {
            CardFaceFrameResult? result = null;
            using (var frame = ImageFiles.TryLoad(file, out string? problem))
            {
                if (frame is not null) result = reader.Read(frame, today);
                if (result?.Fields is { } fields)
                {
                    float confidence = Math.Min(fields.BirthConfidence, Math.Min(fields.ExpiryConfidence, fields.SecurityCodeConfidence));
                    report.Add(("file", file), ("status", "ok"), ("birth_era_yymmdd", Shown(JapaneseEra.EraYyMmDd(fields.BirthDate), show)),
                        ("expiry_year", Shown(fields.Expiry.Year.ToString(CultureInfo.InvariantCulture), show)),
                        ("security_code", Shown(fields.SecurityCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), show)), ("confidence", MathF.Round(confidence, 1)), ("reason", null));
                    continue;
                }
                abstained++;
                report.Add(("file", file), ("status", "abstain"), ("birth_era_yymmdd", null), ("expiry_year", null), ("security_code", null),
                    ("confidence", null), ("reason", problem ?? CardFaceIssueText.Describe(result!.Issue)));
            }
        }
        report.Flush();
        return abstained == 0 ? 0 : 1;
    }

    private static string Shown(string value, bool show) => show ? value : "**";
}
