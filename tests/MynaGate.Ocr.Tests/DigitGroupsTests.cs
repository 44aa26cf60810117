using System.Drawing;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tests;

/// <summary>Tesseract's English model confirms the digit runs of a value where PP-OCR read them, and refuses a run PP-OCR
/// misread.</summary>
[Collection(OcrGroup.Name)]
public sealed class DigitGroupsTests(OcrFixture fixture)
{
    private static readonly float SureAbove = CardFaceReadingOptions.Default.MinFieldConfidence;

    [Fact]
    public void Every_digit_run_read_alike_confirms_and_one_misread_digit_refuses()
    {
        using var line = PrintedLine("昭和55年12月17日生");
        var box = new Rectangle(10, 8, fixture.Fonts[0].Measure("昭和55年12月17日生", 34).Width + 20, 54);
        var readings = new LineReadings(line, fixture.Paddle);
        var first = readings.Read(box);
        Assert.Equal("昭和55年12月17日生", first.Text);

        Assert.Equal(DigitGroups.Verdict.Confirmed, DigitGroups.Confirm(readings, box, first, first.Text.Length, SureAbove, fixture.Pool).Verdict);
        // the same positions with one digit changed, as if PP-OCR had misread it: Tesseract reads the card, not PP-OCR,
        // and its other digit is an opinion, not a failure to see
        Assert.Equal(DigitGroups.Verdict.OtherDigits, DigitGroups.Confirm(readings, box, first with { Text = "昭和55年12月19日生" }, first.Text.Length, SureAbove, fixture.Pool).Verdict);
    }

    [Fact]
    public void Other_digits_that_a_Japanese_model_reads_alike_on_the_whole_line_dispute_the_value()
    {
        using var line = PrintedLine("昭和55年12月17日生");
        var box = new Rectangle(10, 8, fixture.Fonts[0].Measure("昭和55年12月17日生", 34).Width + 20, 54);
        var readings = new LineReadings(line, fixture.Paddle);
        // PP-OCR misreads the day; the strip (English) and jpn, on the whole line, both read the card's 17
        readings.Remember(box, readings.Read(box) with { Text = "昭和55年12月19日生" });
        var (verdict, _, stripDigits) = DigitGroups.Confirm(readings, box, readings.Read(box), "昭和55年12月19日".Length, SureAbove, fixture.Pool);
        Assert.Equal((DigitGroups.Verdict.OtherDigits, "551217"), (verdict, stripDigits));

        var vote = FieldVote.Read<DateOnly>(readings, [box], fixture.Pool, [OcrModels.Japanese], CardFaceText.BirthAlphabet, CardFaceText.TryFindBirth,
            CardFaceText.ConfirmsBirth, CardFaceIssue.NoBirthDate, CardFaceReadingOptions.Default, valueEnd: CardFaceText.BirthDateEnd);
        Assert.Equal((CardFaceIssue.EnginesDisagree, true), (vote.Issue, vote.Disputed));

        // read as printed, nothing is disputed
        var agreed = FieldVote.Read<DateOnly>(new LineReadings(line, fixture.Paddle), [box], fixture.Pool, [OcrModels.Japanese], CardFaceText.BirthAlphabet,
            CardFaceText.TryFindBirth, CardFaceText.ConfirmsBirth, CardFaceIssue.NoBirthDate, CardFaceReadingOptions.Default, valueEnd: CardFaceText.BirthDateEnd);
        Assert.Equal((CardFaceIssue.None, false, new DateOnly(1980, 12, 17)), (agreed.Issue, agreed.Disputed, agreed.Value));
    }

    [Fact]
    public void Tesseract_is_torn_only_when_it_weighed_PP_OCRs_digit_a_close_second_wherever_they_differ()
    {
        // VL Gothic's slashed 0, read as 8 with 0 weighed at 81 beside 82
        var strip = Strip(('1', [('1', 94)]), ('8', [('8', 82), ('0', 81)]), ('9', [('9', 94), ('3', 0)]));
        Assert.Equal(81f, DigitGroups.TornBetween(strip, "109"));
        Assert.Null(DigitGroups.TornBetween(strip, "179")); // PP-OCR's 7 was never weighed
        Assert.Null(DigitGroups.TornBetween(strip, "1090")); // not the same digits to compare

        var sure = Strip(('1', [('1', 94)]), ('8', [('8', 89), ('0', 60)]), ('9', [('9', 94)]));
        Assert.Null(DigitGroups.TornBetween(sure, "109")); // 29 points apart: an opinion against PP-OCR's
        var once = Strip(('8', [('8', 82), ('0', 81)]), ('8', [('8', 90), ('0', 40)]));
        Assert.Null(DigitGroups.TornBetween(once, "00")); // torn at one place, sure at the other

        static OcrText Strip(params (char Read, (char Digit, float Confidence)[] Weighed)[] symbols) =>
            new([.. symbols.Select(s => new OcrSymbol(s.Read.ToString(), 95, [.. s.Weighed.Select(w => new OcrChoice(w.Digit.ToString(), w.Confidence))]))]);
    }

    [Fact]
    public void Tesseract_gives_the_characters_it_weighed_only_when_asked()
    {
        using var line = PrintedLine("4332");
        using var lease = fixture.Pool.Rent(OcrModels.English);

        var weighed = lease.Engine.Read(line, PageSegmentation.SingleLine, "0123456789", choices: true);
        Assert.Equal("4332", weighed.Text);
        Assert.All(weighed.Symbols, s => Assert.Contains(s.Choices!, c => c.Text == s.Text && c.Confidence > 0));
        Assert.All(lease.Engine.Read(line, PageSegmentation.SingleLine, "0123456789").Symbols, s => Assert.Null(s.Choices));
    }

    [Fact]
    public void A_digit_after_the_values_end_is_not_asked_for()
    {
        using var line = PrintedLine("昭和55年12月17日生");
        var box = new Rectangle(10, 8, fixture.Fonts[0].Measure("昭和55年12月17日生", 34).Width + 20, 54);
        var readings = new LineReadings(line, fixture.Paddle);
        // 生 as PP-OCR reads a light mincho's: the 4 is no digit of the date, and no digit on the card
        var misread = readings.Read(box) with { Text = "昭和55年12月17日4" };

        Assert.Equal(DigitGroups.Verdict.Confirmed, DigitGroups.Confirm(readings, box, misread, "昭和55年12月17日".Length, SureAbove, fixture.Pool).Verdict);
        Assert.NotEqual(DigitGroups.Verdict.Confirmed, DigitGroups.Confirm(readings, box, misread, misread.Text.Length, SureAbove, fixture.Pool).Verdict);
    }

    [Fact]
    public void Crops_set_side_by_side_keep_their_paper_and_stretch_to_black_and_white()
    {
        using var pale = VisionImage.FromPixels(Enumerable.Repeat((byte)200, 6 * 10).ToArray(), 6, 10, 1);
        using var greyer = VisionImage.FromPixels(Enumerable.Repeat((byte)100, 4 * 10).ToArray(), 4, 10, 1);
        using var strip = DocumentImage.SideBySide([pale, greyer], 2);

        Assert.Equal((6 + 4 + 8, 14), (strip.Width, strip.Height));
        byte[] pixels = strip.ToPixels();
        Assert.Equal(255, pixels[(7 * strip.Width) + 3]); // the pale crop, its paper around it: the lightest
        Assert.Equal(0, pixels[(7 * strip.Width) + 12]); // the greyer one: the darkest
        using var taller = VisionImage.FromPixels(new byte[4 * 11], 4, 11, 1);
        Assert.Throws<ArgumentException>(() => DocumentImage.SideBySide([pale, taller], 2));
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
