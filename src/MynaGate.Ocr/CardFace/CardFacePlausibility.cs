namespace MynaGate.Ocr.CardFace;

/// <summary>Checks that three read fields could be printed on a real card, before any of them goes near the chip.</summary>
public static class CardFacePlausibility
{
    // the first cards were issued in January 2016; none expired before that
    private static readonly DateOnly FirstPossibleExpiry = new(2016, 1, 1);

    public static CardFaceIssue Check(CardFaceFields fields, CardFaceReadingOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(options);
        if (fields.BirthDate > today || fields.BirthDate < today.AddYears(-options.MaxAgeYears))
        {
            return CardFaceIssue.ImplausibleBirthDate;
        }

        if (fields.Expiry <= fields.BirthDate || fields.Expiry < FirstPossibleExpiry || fields.Expiry > today.AddYears(options.MaxYearsToExpiry))
        {
            return CardFaceIssue.ImplausibleExpiry;
        }

        if (options.RequireExpiryOnBirthday && !IsBirthday(fields.Expiry, fields.BirthDate))
        {
            return CardFaceIssue.ExpiryNotOnBirthday;
        }

        return CardFaceIssue.None;
    }

    // a 29 February birthday is kept on 28 February in common years
    private static bool IsBirthday(DateOnly day, DateOnly birth) =>
        (day.Month == birth.Month && day.Day == birth.Day) ||
        (birth.Month == 2 && birth.Day == 29 && day.Month == 2 && day.Day == 28 && !DateTime.IsLeapYear(day.Year));
}
