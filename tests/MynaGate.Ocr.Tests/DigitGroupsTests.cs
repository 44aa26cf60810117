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
        using var line = PrintedLine("昭和55年12月17日生");
        var box = new Rectangle(10, 8, fixture.Fonts[0].Measure("昭和55年12月17日生", 34).Width + 20, 54);
        var readings = new LineReadings(line, fixture.Paddle);
        var first = readings.Read(box);
        Assert.Equal("昭和55年12月17日生", first.Text);

        Assert.NotNull(DigitGroups.Confirm(readings, box, first, fixture.Pool));
        // the same positions with one digit changed, as if PP-OCR had misread it: Tesseract reads the card, not PP-OCR
        Assert.Null(DigitGroups.Confirm(readings, box, first with { Text = "昭和55年12月19日生" }, fixture.Pool));
    }

    [Fact]
    public void A_cut_moves_to_the_gap_between_glyphs_and_never_past_the_range_it_is_given()
    {
        // ink in columns 10–19 and 30–39 of a 50-column line: the gap is 20–29
        using var colour = VisionImage.FromPixels(Enumerable.Repeat((byte)230, 50 * 20 * 3).ToArray(), 50, 20, 3);
        colour.FillPolygon([new PointF(10, 0), new PointF(19.5f, 0), new PointF(19.5f, 20), new PointF(10, 20)], Color.Black);
        colour.FillPolygon([new PointF(30, 0), new PointF(39.5f, 0), new PointF(39.5f, 20), new PointF(30, 20)], Color.Black);
        using var line = colour.ToGrey();
        var ink = LineInk.Of(line, new Rectangle(0, 0, 50, 20));

        Assert.InRange(ink.Quietest(17, 12, 24), 20, 23); // a cut inside the first glyph moves out to the gap (its edge, drawn smooth, holds a little ink)
        Assert.InRange(ink.Quietest(33, 26, 36), 26, 29);
        Assert.Equal(25, ink.Quietest(25, 20, 29)); // already in the gap: stays
        Assert.Equal(15, ink.Quietest(15, 12, 18)); // no gap within reach: the cut stays where it was
        Assert.Equal(7, ink.Quietest(7, 9, 8)); // an empty range leaves the cut alone
    }

    private VisionImage PrintedLine(string text)
    {
        using var colour = VisionImage.FromPixels(Enumerable.Repeat((byte)240, 520 * 70 * 3).ToArray(), 520, 70, 3);
        colour.DrawText(fixture.Fonts[0], text, new Point(20, 50), 34, Color.Black);
        return colour.ToGrey(); // the card is read grey
    }
}
