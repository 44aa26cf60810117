using System.Collections.Concurrent;
using System.Drawing;
using MynaGate.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tests;

[Collection(OcrGroup.Name)]
public class CertificateReadingTests(OcrFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    [Theory]
    [InlineData(CertificateForm.ChildMedical, 40)]
    [InlineData(CertificateForm.SingleParentMedical, 41)]
    [InlineData(CertificateForm.DisabilityMedical, 42)]
    [InlineData(CertificateForm.HealthInsuranceCard, 43)]
    [InlineData(CertificateForm.QualificationCertificate, 44)]
    public void CleanSheet_is_recognised_and_its_confirmed_fields_are_what_was_printed(CertificateForm form, int seed)
    {
        var truth = CertificateGenerator.Generate(form, seed, Today);
        using var page = fixture.CertificateRenderer.Render(truth, seed);
        using var frame = Frame(page, CameraEffects.None, seed);

        var reading = fixture.CertificateReader.Read(frame);

        Assert.Equal(form, reading.Form);
        Assert.All(reading.Fields.Where(f => f.Confirmed), f => Assert.True(truth.Values[f.Kind] == f.Value, $"confirmed {f.Kind} differs from the printed value"));
        int correct = truth.Values.Count(t => reading[t.Key]?.Value == t.Value);
        Assert.True(correct >= truth.Values.Count - 1, $"{correct} of {truth.Values.Count} fields read as printed");
        foreach (var field in reading.Fields)
        {
            Assert.Equal(CertificateText.Check(field.Kind, field.Value), field.Check);
        }
    }

    [Fact]
    public void UpsideDownSheet_is_read_turned()
    {
        var truth = CertificateGenerator.Generate(CertificateForm.HealthInsuranceCard, 47, Today);
        using var page = fixture.CertificateRenderer.Render(truth, 47);
        double[] turn = [-1, 0, page.Width - 1, 0, -1, page.Height - 1];
        using var upsideDown = page.WarpAffine(turn, page.Width, page.Height);
        using var frame = Frame(upsideDown, CameraEffects.None, 47);

        var reading = fixture.CertificateReader.Read(frame);

        Assert.Equal(CertificateForm.HealthInsuranceCard, reading.Form);
        Assert.True(truth.Values[CertificateFieldKind.InsurerNumber] == reading[CertificateFieldKind.InsurerNumber]?.Value, "保険者番号 read wrong");
    }

    [Fact]
    public void FormChosenByStaff_is_used_without_a_title()
    {
        var truth = CertificateGenerator.Generate(CertificateForm.ChildMedical, 48, Today);
        using var page = fixture.CertificateRenderer.Render(truth, 48);
        // paint over the title band: the form can then only come from the caller
        page.FillPolygon([new PointF(0, 0), new PointF(page.Width, 0), new PointF(page.Width, 110), new PointF(0, 110)], Color.FromArgb(240, 240, 240));
        using var frame = Frame(page, CameraEffects.None, 48);

        Assert.Equal(CertificateIssue.UnknownForm, fixture.CertificateReader.Read(frame).Issue);
        var chosen = fixture.CertificateReader.Read(frame, CertificateForm.ChildMedical);
        Assert.Equal(CertificateForm.ChildMedical, chosen.Form);
        Assert.True(truth.Values[CertificateFieldKind.RecipientNumber] == chosen[CertificateFieldKind.RecipientNumber]?.Value, "受給者番号 read wrong");
    }

    [Fact]
    public void BlankFrameAndHalfASheet_are_not_read()
    {
        using var blank = VisionImage.FromPixels(new byte[640 * 480], 640, 480, 1);
        Assert.Equal(CertificateIssue.NoDocument, fixture.CertificateReader.Read(blank).Issue);

        var truth = CertificateGenerator.Generate(CertificateForm.DisabilityMedical, 49, Today);
        using var page = fixture.CertificateRenderer.Render(truth, 49);
        using var frame = Frame(page, CameraEffects.None, 49);
        using var half = frame.Crop(new Rectangle(0, 0, frame.Width / 2, frame.Height));
        var reading = fixture.CertificateReader.Read(half);
        Assert.Contains(reading.Issue, new[] { CertificateIssue.NoDocument, CertificateIssue.DocumentNotWhole });
        Assert.Empty(reading.Fields);
    }

    // Sixty sheets through the camera effects: most fields are read, and a field two models agree on is almost never
    // wrong (the full figures are ./mynagate eval certs).
    [Fact]
    public void GeneratedSheetsThroughTheCamera_are_mostly_read_and_confirmed_fields_are_right()
    {
        var scores = new ConcurrentBag<(bool Correct, bool Confirmed)>();
        Parallel.For(0, 60, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            int seed = 5000 + i;
            var truth = CertificateGenerator.Generate((CertificateForm)(i % 5), seed, Today);
            using var page = fixture.CertificateRenderer.Render(truth, seed);
            using var frame = Frame(page, CameraEffects.Default, seed);
            var reading = fixture.CertificateReader.Read(frame);
            foreach (var (kind, value) in truth.Values)
            {
                var field = reading[kind];
                scores.Add((field?.Value == value, field?.Confirmed == true));
            }
        });

        var all = scores.ToArray();
        var confirmed = all.Where(s => s.Confirmed).ToArray();
        Assert.True(all.Count(s => s.Correct) >= all.Length * 0.85, $"{all.Count(s => s.Correct)} of {all.Length} fields right");
        Assert.True(confirmed.Count(s => s.Correct) >= confirmed.Length * 0.98, $"{confirmed.Count(s => s.Correct)} of {confirmed.Length} confirmed fields right");
    }

    // Numbers and dates are confirmed only by PP-OCR and Tesseract together: on fonts no setting was chosen on, a
    // confirmed number or date is what was printed, and PP-OCR's kana-less reading of a 有効期間 still confirms it.
    [Fact]
    public void HeldOutFonts_numbers_and_dates_confirmed_by_both_engines_are_what_was_printed()
    {
        using var heldOut = SyntheticFonts.Load(FontSet.HeldOut);
        var renderer = new CertificateRenderer(heldOut);
        var scores = new ConcurrentBag<(CertificateFieldKind Kind, bool Correct, bool Confirmed)>();
        Parallel.For(0, 20, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            int seed = 6000 + i;
            var truth = CertificateGenerator.Generate((CertificateForm)(i % 5), seed, Today);
            using var page = renderer.Render(truth, seed);
            using var frame = Frame(page, i % 2 == 0 ? CameraEffects.None : CameraEffects.Default, seed);
            var reading = fixture.CertificateReader.Read(frame);
            foreach (var (kind, value) in truth.Values.Where(v => CertificateText.IsNumber(v.Key) || CertificateText.IsDate(v.Key)))
            {
                scores.Add((kind, reading[kind]?.Value == value, reading[kind]?.Confirmed == true));
            }
        });

        var all = scores.ToArray();
        Assert.DoesNotContain(all, s => s.Confirmed && !s.Correct);
        Assert.True(all.Count(s => s.Confirmed) >= all.Length * 0.6, $"{all.Count(s => s.Confirmed)} of {all.Length} numbers and dates confirmed");
        Assert.Contains(all, s => s.Kind == CertificateFieldKind.ValidFrom && s.Confirmed);
    }

    private static VisionImage Frame(VisionImage page, CameraEffects effects, int seed) =>
        VisionImage.Decode(SyntheticCamera.Capture(page, effects, seed).Jpeg, ImageLimits.Default);
}
