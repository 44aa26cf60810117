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
    public void Look_alikes_are_put_back_and_the_date_parses(string read, string printed)
    {
        Assert.Equal(printed, PaddleDateText.Normalize(read));
        Assert.True(CardFaceText.TryFindBirth(PaddleDateText.Normalize(read), out _));
    }

    [Fact]
    public void Digits_and_what_no_date_holds_are_left_alone()
    {
        Assert.Equal("0123456789", PaddleDateText.Normalize("0123456789"));
        Assert.Equal("昭和I20年4月25日生", PaddleDateText.Normalize("昭利I20年4月25日生")); // an I is never made a 1
        Assert.False(CardFaceText.TryFindBirth(PaddleDateText.Normalize("昭利I20年4月25日生"), out _));
    }
}
