using MynaGate.Calendar;
using MynaGate.Card.MyNumber;

namespace MynaGate.Card.Tests.MyNumber;

public sealed class JapaneseEraTests
{
    [Theory]
    [InlineData("1980-02-17", "昭和", 55)]
    [InlineData("1989-01-07", "昭和", 64)]
    [InlineData("1989-01-08", "平成", 1)]
    [InlineData("2019-04-30", "平成", 31)]
    [InlineData("2019-05-01", "令和", 1)]
    [InlineData("1926-12-24", "大正", 15)]
    [InlineData("1926-12-25", "昭和", 1)]
    [InlineData("1912-07-30", "大正", 1)]
    public void From_era_boundaries(string date, string era, int year)
    {
        var (actualEra, actualYear) = JapaneseEra.From(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(era, actualEra);
        Assert.Equal(year, actualYear);
    }

    [Fact]
    public void VerificationCodeB_spec_example()
    {
        Span<char> code = stackalloc char[14];
        VerificationCodeB.Compose(new DateOnly(1980, 2, 17), 2035, "2285", code);
        Assert.Equal("55021720352285", code.ToString());
    }

    [Theory]
    [InlineData("平成", 31, 5, 1, false)]
    [InlineData("令和", 1, 4, 30, false)]
    [InlineData("令和", 1, 5, 1, true)]
    [InlineData("昭和", 55, 2, 30, false)]
    [InlineData("昭和", 55, 2, 17, true)]
    public void TryToGregorian_rejects_dates_outside_the_era(string era, int year, int month, int day, bool valid) =>
        Assert.Equal(valid, JapaneseEra.TryToGregorian(era, year, month, day, out _));
}
