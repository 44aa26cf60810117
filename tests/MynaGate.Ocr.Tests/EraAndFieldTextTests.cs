using MynaGate.Calendar;
using MynaGate.Ocr.CardFace;

namespace MynaGate.Ocr.Tests;

public class EraAndFieldTextTests
{
    // the last day of each era and the first day of the next (spec §1.8)
    [Theory]
    [InlineData(1868, 1, 25, "明治", 1)]
    [InlineData(1912, 7, 29, "明治", 45)]
    [InlineData(1912, 7, 30, "大正", 1)]
    [InlineData(1926, 12, 24, "大正", 15)]
    [InlineData(1926, 12, 25, "昭和", 1)]
    [InlineData(1989, 1, 7, "昭和", 64)]
    [InlineData(1989, 1, 8, "平成", 1)]
    [InlineData(2019, 4, 30, "平成", 31)]
    [InlineData(2019, 5, 1, "令和", 1)]
    public void EraBoundaries_convert_both_ways(int year, int month, int day, string era, int eraYear)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal((era, eraYear), JapaneseEra.From(date));
        string printed = $"{era}{(eraYear == 1 ? "元" : eraYear.ToString(System.Globalization.CultureInfo.InvariantCulture))}年{month}月{day}日生";
        Assert.True(CardFaceText.TryFindBirth(printed, out var parsed));
        Assert.Equal(date, parsed);
        Assert.Equal($"{eraYear % 100:00}{month:00}{day:00}", JapaneseEra.EraYyMmDd(date));
    }

    [Theory]
    [InlineData("平成31年5月1日生")] // 令和 began that day
    [InlineData("昭和64年1月8日生")] // 平成 began that day
    [InlineData("大正15年12月25日生")]
    [InlineData("令和1年4月30日生")]
    [InlineData("昭和55年2月30日生")] // no such day
    [InlineData("昭和55年13月1日生")]
    [InlineData("昭和55年2月17日")] // no 生 anchor
    [InlineData("昭和55年2月17日 東")] // nor the sex
    [InlineData("昭和55年2月17日123性別")] // more than a misread 生 before 性
    [InlineData("昭和55年2月17日12女")]
    [InlineData("昭和55年2月17日東京都港女")] // more than three characters before the sex
    [InlineData("2035年2月17日まで有効")]
    [InlineData("1980年2月17日生")] // 西暦: a foreign resident's card
    [InlineData("昭和55年2月17日生 昭和56年3月1日生")] // two birth dates: neither is trusted
    [InlineData("")]
    public void TryFindBirth_refuses_dates_outside_their_era_without_anchor_or_not_alone(string line) =>
        Assert.False(CardFaceText.TryFindBirth(line, out _));

    [Theory]
    [InlineData("昭和55年2月17日生 性別 女")]
    [InlineData("昭和55年 2月17日生      女")]
    [InlineData("生年月日 昭和55年2月17日生")]
    [InlineData("昭和55年2月17日4性别女")] // PP-OCR's reading of a light mincho's 生 (性 is in its dictionary, 別 is not)
    [InlineData("昭和55年2月17日：性别女")]
    [InlineData("昭和55年2月17日4：性别")]
    [InlineData("昭和55年2月17日 女")] // 生 unread by both engines: the sex follows only the birth date
    [InlineData("昭和55年2月17日#女")]
    [InlineData("昭和55年2月17日作期女")]
    [InlineData("昭和55年2月17日1别男")]
    public void TryFindBirth_takes_the_date_whatever_shares_its_line(string line)
    {
        Assert.True(CardFaceText.TryFindBirth(line, out var date));
        Assert.Equal(new DateOnly(1980, 2, 17), date);
    }

    [Theory]
    [InlineData("昭和7年9月6日", true)] // the line's box ended before a light 生
    [InlineData("昭和7年9月6日1", true)] // 生 read as 1
    [InlineData("昭和7年9月6日女", true)]
    [InlineData("昭和7年9月6日 昭和8年1月1日", false)] // two dates: neither is trusted
    [InlineData("2029年9月6日まで有効", false)]
    [InlineData("昭和7年9月31日", false)] // no such day
    public void An_era_date_without_its_anchor_is_found_only_alone(string line, bool found)
    {
        Assert.Equal(found, CardFaceText.TryFindEraDate(line, out var date));
        if (found) Assert.Equal(new DateOnly(1932, 9, 6), date);
    }

    [Theory]
    [InlineData("昭和7年9月6日生", true)]
    [InlineData("和7年9月6日生女", true)] // the era Tesseract may drop; the anchor it must read
    [InlineData("昭和7年9月6日", false)]
    [InlineData("昭和7年9月6日1", false)]
    [InlineData("昭和7年9月6日性別女", false)]
    [InlineData("昭和7年9月16日生", false)]
    [InlineData("昭和17年9月6日生", false)]
    public void The_anchor_PPOCR_missed_must_be_Tesseracts(string tesseract, bool confirms) =>
        Assert.Equal(confirms, CardFaceText.ConfirmsAnchoredBirth(tesseract, new DateOnly(1932, 9, 6)));

    [Theory]
    [InlineData("令和", 2022)]
    [InlineData("昭和", 1929)]
    public void A_date_whose_era_PPOCR_read_as_wa_alone_is_taken_in_the_era_asked(string era, int year)
    {
        Assert.True(CardFaceText.TryFindBirthOfBareWa("和4年8月12日生性别女", era, out var date));
        Assert.Equal(new DateOnly(year, 8, 12), date);
    }

    [Theory]
    [InlineData("令和4年8月12日生")] // the era is read: the first pass's
    [InlineData("昭和4年8月12日生")]
    [InlineData("和4年8月12日")] // no anchor
    [InlineData("和4年8月12日生 和5年1月1日生")] // two dates: neither is trusted
    [InlineData("和4年2月30日生")] // no such day
    public void A_wa_alone_is_no_birth_date_unless_its_era_is_missing_and_it_is_anchored(string line)
    {
        Assert.False(CardFaceText.TryFindBirthOfBareWa(line, "令和", out _));
        Assert.False(CardFaceText.TryFindBirthOfBareWa(line, "昭和", out _));
    }

    [Theory]
    [InlineData("令和4年8月12日生女", true)]
    [InlineData("令和 4年 8月12日", true)]
    [InlineData("昭和4年8月12日生", false)] // another era: another birth date
    [InlineData("和4年8月12日生", false)] // the era unread: nobody names it
    [InlineData("令和4年8月13日生", false)]
    public void The_era_PPOCR_missed_must_be_Tesseracts(string tesseract, bool confirms) =>
        Assert.Equal(confirms, CardFaceText.ConfirmsBirthInEra(tesseract, new DateOnly(2022, 8, 12)));

    [Theory]
    [InlineData("和4年8月12日生性別女", 8)]
    [InlineData("和 4年8月12日1别女", 9)] // spaces count in the line itself
    [InlineData("令和4年8月12日生", 10)] // no bare 和: the whole line
    public void A_bare_wa_dates_end_is_after_its_day(string line, int end) => Assert.Equal(end, CardFaceText.BareWaBirthDateEnd(line));

    [Theory]
    [InlineData("昭和55年2月17日生 性別 女", 10)]
    [InlineData("昭和55年 2月17日4性别女", 11)] // spaces count in the line itself
    [InlineData("昭和55年2月17日", 10)] // no birth date: the whole line
    public void A_birth_dates_end_is_after_its_day(string line, int end) => Assert.Equal(end, CardFaceText.BirthDateEnd(line));

    [Theory]
    [InlineData("平成12年8月8日1：女", 9)] // 生 read as 1: the 1 is no digit of the date
    [InlineData("平成12年 8月8日", 10)]
    [InlineData("平成12年8月8日 平成13年1月1日", 19)] // two dates: the whole line
    public void An_era_dates_end_is_after_its_day(string line, int end) => Assert.Equal(end, CardFaceText.EraDateEnd(line));

    [Theory]
    [InlineData("2035年 2月17日まで有効", 11)]
    [InlineData("2035年2月7日飞有效", 9)]
    [InlineData("電子証明書の有効期限2030年2月17日", 20)] // no anchor: the whole line
    public void An_expirys_end_is_after_its_day(string line, int end) => Assert.Equal(end, CardFaceText.ExpiryDateEnd(line));

    [Theory]
    [InlineData("1980年2月17日生", true)]
    [InlineData("1980年 2月17日生 性別 F", true)]
    [InlineData("昭和55年2月17日生", false)]
    [InlineData("2035年2月17日まで有効", false)]
    public void A_birth_date_in_seireki_is_told_apart(string line, bool gregorian) =>
        Assert.Equal(gregorian, CardFaceText.IsGregorianBirth(line));

    [Fact]
    public void TryFindExpiry_needs_its_anchor_and_ignores_spaces()
    {
        Assert.True(CardFaceText.TryFindExpiry("2035年 2月17日まで有効", out var expiry));
        Assert.Equal(new DateOnly(2035, 2, 17), expiry);
        Assert.True(CardFaceText.TryFindExpiry("2035年2月17日飞有效", out _));
        Assert.False(CardFaceText.TryFindExpiry("電子証明書の有効期限2030年2月17日", out _));
        Assert.False(CardFaceText.TryFindExpiry("2035年2月29日まで有効", out _));
    }

    [Theory]
    [InlineData("1234", true)]
    [InlineData("12 34", true)]
    [InlineData("123", false)]
    [InlineData("12345", false)]
    public void SecurityCode_is_exactly_four_digits(string text, bool valid) => Assert.Equal(valid, CardFaceText.IsSecurityCode(text));

    [Fact]
    public void Plausibility_refuses_impossible_combinations()
    {
        var today = new DateOnly(2026, 11, 1);
        var options = CardFaceReadingOptions.Default;
        CardFaceFields Fields(DateOnly birth, DateOnly expiry) => new(birth, expiry, 1234, 99, 99, 99);

        Assert.Equal(CardFaceIssue.None, CardFacePlausibility.Check(Fields(new(1980, 2, 17), new(2035, 2, 17)), options, today));
        Assert.Equal(CardFaceIssue.None, CardFacePlausibility.Check(Fields(new(1980, 2, 29), new(2035, 2, 28)), options, today));
        Assert.Equal(CardFaceIssue.ImplausibleBirthDate, CardFacePlausibility.Check(Fields(new(2027, 1, 1), new(2032, 1, 1)), options, today));
        Assert.Equal(CardFaceIssue.ImplausibleBirthDate, CardFacePlausibility.Check(Fields(new(1880, 1, 1), new(2030, 1, 1)), options, today));
        Assert.Equal(CardFaceIssue.ImplausibleExpiry, CardFacePlausibility.Check(Fields(new(1980, 2, 17), new(2045, 2, 17)), options, today));
        Assert.Equal(CardFaceIssue.ExpiryNotOnBirthday, CardFacePlausibility.Check(Fields(new(1980, 2, 17), new(2035, 2, 18)), options, today));
    }

    [Fact]
    public void ReadValues_never_print()
    {
        var fields = new CardFaceFields(new DateOnly(1980, 2, 17), new DateOnly(2035, 2, 17), 2285, 99, 99, 99);
        Assert.DoesNotContain("2285", fields.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1980", fields.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2285", new VerificationCodeBOutcome(fields, CardFaceIssue.None, 2).ToString(), StringComparison.Ordinal);
    }
}
