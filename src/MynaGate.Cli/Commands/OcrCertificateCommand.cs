using MynaGate.Certificates;
using MynaGate.Certificates.Xml;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Site.Commands;
using MynaGate.Vision.Models;

namespace MynaGate.Cli.Commands;

/// <summary>
/// <c>mynagate ocr cert IMAGE...</c>: the paper-certificate OCR of 公費 paper mode on image files: per field its value,
/// confidence, whether a second model confirmed it and its check-digit result.
/// </summary>
public static class OcrCertificateCommand
{
    public const string Help = """
        usage: mynagate ocr cert IMAGE... [--form auto|kodomo|hitorioya|shinshin|hokensho|shikakukakuninsho] [--show] [--json]
          Reads 子ども医療費受給者証 (kodomo), ひとり親家庭等医療費受給者証 (hitorioya), 心身障害者医療費受給資格証
          (shinshin), 保険証 (hokensho) and 資格確認書 (shikakukakuninsho) from photos, as the reader does in 公費 paper
          mode. One row per field: value, confidence (0-100), confirmed (a second, independently trained OCR engine
          read the same: PP-OCR and Tesseract for numbers and dates), check digit (passed, failed
          — a warning only — or none); a field not read, or a file not read, gets a row with the reason.
          --form    the certificate's form (default auto: told from its title)
          --show    print the values (masked as ** otherwise; they are personal data)
          --json    one JSON object per line: file, form, field, value, confidence, confirmed, check_digit, reason
          exit code: 0 every field of every file read, 1 otherwise, 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: true, ["--show"], "--form") is not { } arguments) return 0;
        if (arguments.Operands.Count == 0) throw new UsageException("ocr cert needs at least one image file");
        string formText = arguments.Text("--form") ?? "auto";
        CertificateForm? form = formText == "auto" ? null
            : CertificateForms.FromCode(formText) ?? throw new UsageException($"unknown form '{formText}' (auto, kodomo, hitorioya, shinshin, hokensho or shikakukakuninsho)");
        bool show = arguments.Has("--show");

        using var pool = new TesseractPool();
        using var paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        var reader = new CertificateReader(pool, paddle);
        var report = new Report(output, arguments.Has("--json"));
        bool complete = true;
        foreach (string file in arguments.Operands)
        {
            CertificateReading? reading = null;
            string? problem;
            using (var frame = ImageFiles.TryLoad(file, out problem))
            {
                if (frame is not null) reading = reader.Read(frame, form);
            }
            string? code = reading?.Form is { } read ? CertificateForms.Code(read) : null;
            foreach (var field in reading?.Fields ?? [])
            {
                report.Add(("file", file), ("form", code), ("field", field.Kind.ToString()), ("value", show ? field.Value : "**"),
                    ("confidence", MathF.Round(field.Confidence, 1)), ("confirmed", field.Confirmed), ("check_digit", CertificateXml.CheckDigitText(field.Check)), ("reason", null));
            }
            foreach (var missing in reading?.Missing ?? [])
            {
                report.Add(("file", file), ("form", code), ("field", missing.ToString()), ("value", null), ("confidence", null), ("confirmed", null),
                    ("check_digit", null), ("reason", "not found or not readable"));
            }
            if (reading is null || reading.Fields.Count == 0 && reading.Missing.Count == 0)
            {
                report.Add(("file", file), ("form", code), ("field", null), ("value", null), ("confidence", null), ("confirmed", null),
                    ("check_digit", null), ("reason", problem ?? CertificateIssueText.Describe(reading!.Issue)));
            }
            complete &= reading is { Issue: CertificateIssue.None };
        }
        report.Flush();
        return complete ? 0 : 1;
    }
}
