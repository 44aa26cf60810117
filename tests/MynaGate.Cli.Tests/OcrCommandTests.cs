using System.Globalization;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Vision.Imaging;

namespace MynaGate.Cli.Tests;

/// <summary>The OCR commands on synthetic card fronts and certificates saved as files, as an installer would run them.</summary>
public sealed class OcrCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 1);
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();
    private readonly TestFolder _temp = new();

    [Fact]
    public async Task A_card_front_is_read_masked_and_shown_only_with_show()
    {
        var persona = PersonaGenerator.Generate(61, Today);
        var truth = CardFaceRenderer.Truth(persona);
        string file = Capture(new CardFaceRenderer(_fonts).Render(persona, null, 61), "card.jpg");
        string today = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var masked = await Toolbox.RunAsync("ocr", "card", file, "--json", "--today", today);
        var shown = await Toolbox.RunAsync("ocr", "card", file, "--json", "--show", "--today", today);

        Assert.Equal(0, masked.ExitCode);
        var line = Assert.Single(masked.Lines);
        Assert.Equal("ok", line.GetProperty("status").GetString());
        Assert.Equal("**", line.GetProperty("security_code").GetString());
        Assert.False(masked.Output.Contains(truth.SecurityCode, StringComparison.Ordinal), "the security code was printed without --show");
        var values = Assert.Single(shown.Lines);
        Assert.True(truth.BirthEraYyMmDd == values.GetProperty("birth_era_yymmdd").GetString(), "birth date read wrong");
        Assert.True(truth.Expiry.Year.ToString(CultureInfo.InvariantCulture) == values.GetProperty("expiry_year").GetString(), "expiry year read wrong");
        Assert.True(truth.SecurityCode == values.GetProperty("security_code").GetString(), "security code read wrong");
        Assert.InRange(values.GetProperty("confidence").GetSingle(), 0, 100);
    }

    [Fact]
    public async Task Files_that_are_not_card_photos_abstain_with_their_reason()
    {
        string garbage = _temp.File("garbage.jpg", [0x47, 0x41, 0x52, 0x42]);
        string blank;
        using (var grey = VisionImage.FromPixels(Enumerable.Repeat((byte)128, 320 * 200).ToArray(), 320, 200, 1))
            blank = _temp.File("blank.jpg", grey.Encode(ImageFormat.Jpeg));
        string missing = Path.Combine(Path.GetTempPath(), "mynagate-no-such-card.jpg");

        var run = await Toolbox.RunAsync("ocr", "card", garbage, blank, missing, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.All(run.Lines, l => Assert.Equal("abstain", l.GetProperty("status").GetString()));
        Assert.Equal(["not a readable image (JPEG, PNG, JPEG 2000)", "no card in view", "file not found"],
            run.Lines.Select(l => l.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_certificate_is_read_field_by_field_with_check_digits()
    {
        var truth = CertificateGenerator.Generate(CertificateForm.ChildMedical, 62, Today);
        string file = Capture(new CertificateRenderer(_fonts).Render(truth, 62), "cert.jpg");

        var run = await Toolbox.RunAsync("ocr", "cert", file, "--json", "--show");
        var table = await Toolbox.RunAsync("ocr", "cert", file);

        var rows = run.Lines.Where(l => l.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.String).ToList();
        Assert.All(rows, r => Assert.Equal("kodomo", r.GetProperty("form").GetString()));
        int asPrinted = rows.Count(r => truth.Values[Enum.Parse<CertificateFieldKind>(r.GetProperty("field").GetString()!)] == r.GetProperty("value").GetString());
        Assert.True(asPrinted >= truth.Values.Count - 1, $"{asPrinted} of {truth.Values.Count} fields read as printed");
        var recipient = rows.Single(r => r.GetProperty("field").GetString() == "RecipientNumber");
        string expected = CertificateText.Check(CertificateFieldKind.RecipientNumber, recipient.GetProperty("value").GetString()!) == CheckDigitResult.Passed ? "passed" : "failed";
        Assert.Equal(expected, recipient.GetProperty("check_digit").GetString());
        Assert.Equal(run.ExitCode, table.ExitCode);
        Assert.False(table.Output.Contains(truth.Values[CertificateFieldKind.RecipientNumber], StringComparison.Ordinal), "the 受給者番号 was printed without --show");
    }

    private string Capture(VisionImage image, string name)
    {
        using (image) return _temp.File(name, SyntheticCamera.Capture(image, CameraEffects.None, 7).Jpeg);
    }

    public void Dispose()
    {
        _fonts.Dispose();
        _temp.Dispose();
    }
}
