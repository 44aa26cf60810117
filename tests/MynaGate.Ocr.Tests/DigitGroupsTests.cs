using System.Drawing;
using MynaGate.Ocr.CardFace;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tests;

/// <summary>Tesseract's English model confirms each digit run where PP-OCR read it, and refuses a run PP-OCR misread.</summary>
[Collection(OcrGroup.Name)]
public sealed class DigitGroupsTests(OcrFixture fixture)
{
    [Fact]
    public void Every_digit_run_read_alike_confirms_and_one_misread_digit_refuses()
    {
        using var line = VisionImage.FromPixels(Enumerable.Repeat((byte)240, 520 * 70 * 3).ToArray(), 520, 70, 3);
        line.DrawText(fixture.Fonts[0], "昭和55年12月17日生", new Point(20, 50), 34, Color.Black);
        var box = new Rectangle(10, 8, fixture.Fonts[0].Measure("昭和55年12月17日生", 34).Width + 20, 54);
        var readings = new LineReadings(line, fixture.Paddle);
        var first = readings.Read(box);
        Assert.Equal("昭和55年12月17日生", first.Text);

        Assert.NotNull(DigitGroups.Confirm(readings, box, first, fixture.Pool));
        // the same positions with one digit changed, as if PP-OCR had misread it: Tesseract reads the card, not PP-OCR
        Assert.Null(DigitGroups.Confirm(readings, box, first with { Text = "昭和55年12月19日生" }, fixture.Pool));
    }
}
