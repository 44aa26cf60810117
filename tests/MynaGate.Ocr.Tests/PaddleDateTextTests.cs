using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Paddle;

namespace MynaGate.Ocr.Tests;

/// <summary>PP-OCR's look-alikes of a date's kanji are put back before parsing; its digits never change.</summary>
public sealed class PaddleDateTextTests
{
    [Theory]
    [InlineData("昭利47年4月20日生", "昭和47年4月20日生")] // IPAex Mincho's 和
    [InlineData("平成15年4月8山生", "平成15年4月8日生")] // IPAex Mincho's 日
    [InlineData("合和3年1月2H生", "令和3年1月2日生")]
    [InlineData("邵租55年2月17曰生", "昭和55年2月17日生")]
    [InlineData("照和15年3月21日生性别男", "昭和15年3月21日生性别男")] // IPAex Gothic's 昭
    [InlineData("仓和4年8月12口生", "令和4年8月12日生")] // IPAex Mincho's 令
    [InlineData("分和5年1月9日生女", "令和5年1月9日生女")]
    [InlineData("半成29年11月21山生", "平成29年11月21日生")] // IPAex Mincho's 平
    public void Look_alikes_are_put_back_and_the_date_parses(string read, string printed)
    {
        Assert.Equal(printed, PaddleDateText.Normalize(read));
        Assert.True(CardFaceText.TryFindBirth(PaddleDateText.Normalize(read), out _));
    }

    [Theory]
    [InlineData("昭利130年1月5日生", "昭和 30年1月5日生", 1955)] // IPAex Mincho: 和 and its last stroke
    [InlineData("令和103年10月21日生", "令和 03年10月21日生", 2021)]
    public void A_stroke_of_wa_read_before_a_two_digit_year_is_taken_out(string read, string normalized, int year)
    {
        Assert.Equal(normalized, PaddleDateText.Normalize(read));
        Assert.True(CardFaceText.TryFindBirth(PaddleDateText.Normalize(read), out var date));
        Assert.Equal(year, date.Year);
    }

    [Theory]
    [InlineData("昭和17年9月6日生")] // a 1 before one digit may be the year's: the frames must settle it, not the text
    [InlineData("昭和10年9月6日生")]
    [InlineData("平成130年9月6日生")] // not after 和
    [InlineData("昭和1305年9月6日生")]
    public void A_one_that_can_be_the_years_is_kept(string read) =>
        Assert.Equal(read, PaddleDateText.Normalize(read));

    [Theory]
    [InlineData(0.22, true)] // one step of PP-OCR's from 和: its stroke
    [InlineData(0.43, false)] // two steps: the year's own 1
    [InlineData(0.65, false)]
    public void A_one_hard_against_wa_is_its_stroke(double gap, bool stroke)
    {
        // 昭和17年 on a line 0.1 of its width high: 和 at 0.2, the 1 the given share of the height after it
        float wa = 0.2f, one = wa + (float)(gap * 0.1);
        float[] positions = [0.1f, wa, one, one + 0.04f, one + 0.1f];
        Assert.Equal(stroke, PaddleDateText.HasStrokeOfWa("昭和17年", positions, 0.1));
        Assert.False(PaddleDateText.HasStrokeOfWa("昭和27年", positions, 0.1)); // only a 1
    }

    [Fact]
    public void Digits_and_what_no_date_holds_are_left_alone()
    {
        Assert.Equal("0123456789", PaddleDateText.Normalize("0123456789"));
        Assert.Equal("昭和I20年4月25日生", PaddleDateText.Normalize("昭利I20年4月25日生")); // an I is never made a 1
        Assert.False(CardFaceText.TryFindBirth(PaddleDateText.Normalize("昭利I20年4月25日生"), out _));
    }
}
