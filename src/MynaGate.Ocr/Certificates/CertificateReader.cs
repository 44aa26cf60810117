using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Certificates.Text;
using MynaGate.Vision.Documents;
using MynaGate.Vision.Imaging;
using MynaGate.Certificates;

namespace MynaGate.Ocr.Certificates;

/// <summary>
/// Reads a paper certificate or 保険証 from one camera frame: finds the sheet's outline, rectifies it to
/// <see cref="CertificateLayout"/>, reads every text line once to find the title (the form) and the printed labels,
/// then reads the text to the right of each label, up to the next label on that row, as that label's field — with
/// the field's character whitelist, and again with a second engine to confirm it: numbers and dates by PP-OCR and
/// Tesseract (trained apart), names and places, which PP-OCR's kana-less dictionary cannot spell, by two Tesseract
/// models. A sheet lying upside down is read turned by 180°.
/// </summary>
public sealed class CertificateReader
{
    private const float MinDocumentArea = 0.15f;

    private readonly TesseractPool _pool;
    private readonly PaddleTextRecognizer _paddle;

    /// <param name="paddle">Thread-safe: one recogniser serves every reading.</param>
    public CertificateReader(TesseractPool pool, PaddleTextRecognizer paddle)
    {
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        _paddle = paddle ?? throw new ArgumentNullException(nameof(paddle));
    }

    /// <param name="form">The form when the staff or the patient chose it; null to tell it from the title.</param>
    public CertificateReading Read(VisionImage frame, CertificateForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var quad = DocumentFinder.FindQuad(frame, MinDocumentArea);
        if (quad is null)
        {
            return CertificateReading.Failed(CertificateIssue.NoDocument);
        }

        if (quad.TouchesEdge || quad.AspectRatio is < 1.3 or > 2.1)
        {
            return CertificateReading.Failed(CertificateIssue.DocumentNotWhole);
        }

        using var grey = frame.Channels == 1 ? null : frame.ToGrey();
        var upright = ReadSheet(grey ?? frame, quad.Corners, form);
        if (upright.Issue != CertificateIssue.UnknownForm && upright.Fields.Count > 0)
        {
            return upright;
        }

        var upsideDown = ReadSheet(grey ?? frame, DocumentImage.TurnedHalfway(quad.Corners), form);
        return upsideDown.Fields.Count > upright.Fields.Count ? upsideDown : upright;
    }

    private CertificateReading ReadSheet(VisionImage grey, PointF[] corners, CertificateForm? chosen)
    {
        using var sheet = DocumentImage.Rectify(grey, corners, CertificateLayout.Width, CertificateLayout.Height);

        const int h = CertificateLayout.TextHeight, m = CertificateLayout.Margin;
        var boxes = DocumentFinder.TextLines(sheet, new Rectangle(m, m, CertificateLayout.Width - (2 * m), CertificateLayout.Height - (2 * m)),
            joinGap: h * 4 / 5, minHeight: h / 2, maxHeight: h * 5 / 2);

        using var japanese = _pool.Rent(OcrModels.Japanese);
        var lines = boxes.Select(b => new Line(b, OcrStrings.Compact(DocumentImage.ReadLine(sheet, japanese.Engine, b, null).Text))).ToArray();
        var form = chosen ?? Rows(lines).Select(CertificateForms.FromTitle).FirstOrDefault(f => f is not null);
        if (form is null)
        {
            return CertificateReading.Failed(CertificateIssue.UnknownForm);
        }

        var wanted = CertificateForms.Fields(form.Value);
        var labelled = lines
            .Select(l => (Line: l, Label: CertificateForms.FindLabel(l.Text)))
            .Where(x => x.Label is not null && wanted.Contains(x.Label.Kind))
            .Select(x => (x.Line, Label: x.Label!))
            .ToArray();

        using var script = _pool.Rent(OcrModels.JapaneseScript);
        using var english = _pool.Rent(OcrModels.English);
        var fields = new List<CertificateField>();
        foreach (var (line, label) in labelled)
        {
            if (fields.Any(f => f.Kind == label.Kind) || ValueBox(line.Box, lines, labelled.Select(x => x.Line.Box)) is not { } valueBox)
            {
                continue;
            }

            // Tesseract's models in the order they are asked; English knows no kanji
            TesseractEngine[] models = CertificateText.IsNumber(label.Kind)
                ? [japanese.Engine, english.Engine, script.Engine]
                : [japanese.Engine, script.Engine];
            bool paddleFirst = CertificateText.IsNumber(label.Kind) || CertificateText.IsDate(label.Kind);
            fields.AddRange(ReadValue(sheet, valueBox, label, models, paddleFirst ? _paddle : null));
        }

        var missing = wanted.Where(k => fields.All(f => f.Kind != k)).ToArray();
        return new CertificateReading(form, fields, missing, missing.Length == 0 ? CertificateIssue.None : CertificateIssue.FieldsMissing);
    }

    // Each row's text left to right: a wide title may be found as two boxes
    private static IEnumerable<string> Rows(Line[] lines) =>
        lines.GroupBy(l => lines.First(first => SameRow(first.Box, l.Box)).Box)
            .Select(row => string.Concat(row.OrderBy(l => l.Box.X).Select(l => l.Text)));

    // Everything on the label's row to its right, up to the next label on that row: a name with a wide full-width
    // space comes as two boxes and is read as one.
    private static Rectangle? ValueBox(Rectangle label, Line[] lines, IEnumerable<Rectangle> labels)
    {
        int nextLabel = labels.Where(l => SameRow(label, l) && l.X > label.Right).Select(l => l.X).DefaultIfEmpty(int.MaxValue).Min();
        var parts = lines.Select(l => l.Box).Where(b => SameRow(label, b) && b.X >= label.Right && b.Right <= nextLabel).ToArray();
        return parts.Length == 0 ? null : parts.Aggregate(Rectangle.Union);
    }

    private static bool SameRow(Rectangle a, Rectangle b)
    {
        int centre = b.Y + (b.Height / 2);
        return centre > a.Y - (a.Height / 2) && centre < a.Bottom + (a.Height / 2);
    }

    // With PP-OCR (numbers and dates), a value is confirmed when a Tesseract model reads what PP-OCR read; without
    // it, when two Tesseract models read alike (a third is asked only when the first two differ). Otherwise the
    // surest read that parses is returned, flagged unconfirmed for the staff to check.
    private static IEnumerable<CertificateField> ReadValue(
        VisionImage sheet, Rectangle box, CertificateForms.Label label, TesseractEngine[] models, PaddleTextRecognizer? paddle)
    {
        string? alphabet = CertificateText.Alphabet(label.Kind);
        var reads = new List<(string[]? Values, float Confidence)>();
        if (paddle is not null)
        {
            using var crop = DocumentImage.LineCrop(sheet, box);
            var first = paddle.Read(crop);
            reads.Add((CertificateText.Parse(label, PaddleDateText.Normalize(first.Text), kanaRead: false), 100 * first.MinConfidenceOf(char.IsAsciiDigit)));
        }

        string[]? chosen = null;
        float confidence = 0;
        foreach (var model in models)
        {
            var read = DocumentImage.ReadLine(sheet, model, box, alphabet);
            var values = CertificateText.Parse(label, read.Text);
            // the first read (PP-OCR's, when it read) must be one of the two that agree
            var agreeing = reads.Take(paddle is null ? reads.Count : 1)
                .FirstOrDefault(r => r.Values is not null && values is not null && r.Values.SequenceEqual(values));
            if (agreeing.Values is not null)
            {
                chosen = values;
                confidence = paddle is null ? Math.Max(agreeing.Confidence, read.MinConfidence) : Math.Min(agreeing.Confidence, read.MinConfidence);
                break;
            }

            reads.Add((values, read.MinConfidence));
        }

        bool confirmed = chosen is not null;
        if (chosen is null)
        {
            (chosen, confidence) = reads.Where(r => r.Values is not null).OrderByDescending(r => r.Confidence).FirstOrDefault();
        }

        if (chosen is null)
        {
            return [];
        }

        CertificateFieldKind[] kinds = label.RangeEnd is { } end ? [label.Kind, end] : [label.Kind];
        return kinds.Zip(chosen, (kind, value) => new CertificateField(kind, value, confidence, confirmed, CertificateText.Check(kind, value)));
    }

    private sealed record Line(Rectangle Box, string Text);
}
