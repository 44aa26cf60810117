using System.Drawing;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Ocr.Tests;

/// <summary>PP-OCR's text detector finds a card's lines wherever a layout puts them, finds none on a blank card, and
/// refuses a model that is not the pinned one.</summary>
[Collection(OcrGroup.Name)]
public sealed class PaddleTextDetectorTests(OcrFixture fixture)
{
    [Theory]
    [InlineData(CardFaceLayoutFamily.Classic)]
    [InlineData(CardFaceLayoutFamily.Stacked)]
    public void Every_field_line_of_a_card_is_found_as_a_level_box_of_its_own(CardFaceLayoutFamily family)
    {
        var persona = PersonaGenerator.Generate(31);
        using var card = fixture.Renderer.Render(persona, null, 31, 0, family);
        var lines = fixture.Detector.Detect(card, 640, 416);

        // the code under the photo is a short box of its own on the card's right half, read back as the code
        var code = lines.Where(l => l.X > card.Width / 2 && l.Width < 4 * l.Height).Select(l => Read(card, l)).ToArray();
        Assert.Contains(persona.SecurityCode, code);
        // the birth date and the expiry are found as lines the recogniser reads with their anchors
        var texts = lines.Where(l => l.X < card.Width / 2).Select(l => Read(card, l)).ToArray();
        Assert.Contains(texts, t => CardFace.CardFaceText.TryFindBirth(t, out var birth) && birth == persona.BirthDate);
        Assert.Contains(texts, t => CardFace.CardFaceText.TryFindExpiry(t, out var expiry) && expiry == persona.CardExpiry);
        Assert.All(lines, l => Assert.True(l.Width > l.Height, "a text line on a level card is wider than high"));
    }

    [Fact]
    public void A_blank_card_has_no_lines()
    {
        using var blank = VisionImage.FromPixels(Enumerable.Repeat((byte)235, 1000 * 631 * 3).ToArray(), 1000, 631, 3);
        Assert.Empty(fixture.Detector.Detect(blank, 640, 416));
    }

    [Fact]
    public void An_input_size_the_model_cannot_take_is_refused()
    {
        using var blank = VisionImage.FromPixels(new byte[64 * 64], 64, 64, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Detector.Detect(blank, 630, 416));
    }

    [Fact]
    public void A_model_that_is_not_the_pinned_one_is_refused()
    {
        string folder = Directory.CreateTempSubdirectory("mynagate-ppocr-").FullName;
        try
        {
            string ppocr = Directory.CreateDirectory(Path.Combine(folder, "ppocr")).FullName;
            File.Copy(Path.Combine(ModelDirectory.Resolve(), "ppocr", "SHA256SUMS"), Path.Combine(ppocr, "SHA256SUMS"));
            File.WriteAllBytes(Path.Combine(ppocr, PaddleTextDetector.ModelFile), [1, 2, 3]);
            Assert.Contains("not the file SHA256SUMS pins", Assert.Throws<OcrException>(() => PaddleTextDetector.Load(folder)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Read(VisionImage card, Rectangle line)
    {
        using var crop = card.Crop(Rectangle.Intersect(Rectangle.Inflate(line, line.Height / 3, 4), new Rectangle(0, 0, card.Width, card.Height)));
        return fixture.Paddle.Read(crop).Text;
    }
}
