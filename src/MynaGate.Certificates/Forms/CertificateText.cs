using System.Globalization;
using MynaGate.Calendar;
using MynaGate.Certificates.CheckDigits;
using MynaGate.Certificates.Text;

namespace MynaGate.Certificates;

/// <summary>
/// Turns the text read to the right of a label into canonical field values (see <see cref="CertificateField"/>),
/// refusing anything that is not the field's shape, and gives each field's character whitelist and check digit.
/// </summary>
public static class CertificateText
{
    private const string Digits = "0123456789";

    /// <summary>The characters Tesseract may return for the value of <paramref name="kind"/>; null for free text.</summary>
    public static string? Alphabet(CertificateFieldKind kind) => kind switch
    {
        CertificateFieldKind.CardSymbol => Digits + "-",
        CertificateFieldKind.Name or CertificateFieldKind.Municipality => null,
        _ when IsDate(kind) => EraDateText.Alphabet + "からまで",
        _ => Digits,
    };

    public static bool IsDate(CertificateFieldKind kind) =>
        kind is CertificateFieldKind.BirthDate or CertificateFieldKind.ValidFrom or CertificateFieldKind.ValidUntil;

    /// <summary>Whether the field is a number a clerk types into the receipt computer (scored apart by the eval).</summary>
    public static bool IsNumber(CertificateFieldKind kind) =>
        kind is CertificateFieldKind.PublicExpenseNumber or CertificateFieldKind.RecipientNumber or CertificateFieldKind.InsurerNumber
            or CertificateFieldKind.CardSymbol or CertificateFieldKind.CardNumber or CertificateFieldKind.BranchNumber;

    /// <summary>
    /// The canonical value(s) in <paramref name="text"/> for the label: one value, or two for a from–until range.
    /// Null when the text is not the field's shape.
    /// </summary>
    /// <param name="kanaRead">False for an engine whose dictionary has no kana (PP-OCR): a range then needs no から
    /// between its dates, and whatever follows a date's 日 (まで read as junk) is dropped.</param>
    public static string[]? Parse(CertificateForms.Label label, string text, bool kanaRead = true)
    {
        string compact = OcrStrings.Compact(text);
        if (label.RangeEnd is not null)
        {
            return ParseRange(compact, kanaRead);
        }

        if (!kanaRead && IsDate(label.Kind) && compact.LastIndexOf('日') is var day and >= 0)
        {
            compact = compact[..(day + 1)];
        }

        string? value = label.Kind switch
        {
            CertificateFieldKind.PublicExpenseNumber => DigitsOfLength(compact, 8, 8),
            CertificateFieldKind.RecipientNumber => DigitsOfLength(compact, 7, 7),
            CertificateFieldKind.InsurerNumber => compact.Length == 6 ? DigitsOfLength(compact, 6, 6) : DigitsOfLength(compact, 8, 8),
            CertificateFieldKind.BranchNumber => DigitsOfLength(compact, 2, 2),
            CertificateFieldKind.CardNumber => DigitsOfLength(compact, 1, 10),
            CertificateFieldKind.CardSymbol => Symbol(compact),
            CertificateFieldKind.Name => Name(compact),
            CertificateFieldKind.Municipality => Municipality(compact),
            _ => EraDateText.TryParse(compact.EndsWith("まで", StringComparison.Ordinal) ? compact[..^2] : compact, out var date) ? Canonical(date) : null,
        };
        return value is null ? null : [value];
    }

    /// <summary>The check-digit result of a number field's canonical value.</summary>
    public static CheckDigitResult Check(CertificateFieldKind kind, string value) => kind switch
    {
        CertificateFieldKind.PublicExpenseNumber or CertificateFieldKind.RecipientNumber or CertificateFieldKind.InsurerNumber =>
            Modulus10W21.IsValid(value) ? CheckDigitResult.Passed : CheckDigitResult.Failed,
        _ => CheckDigitResult.NotApplicable,
    };

    public static string Canonical(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // "令和 8年 4月 1日から令和 9年 3月31日まで": exactly two dates, in order
    private static string[]? ParseRange(string compact, bool kanaRead)
    {
        var dates = EraDateText.FindAll(compact);
        return dates is [var from, var until] && from <= until && (!kanaRead || compact.Contains("から", StringComparison.Ordinal))
            ? [Canonical(from), Canonical(until)]
            : null;
    }

    private static string? DigitsOfLength(string compact, int min, int max) =>
        compact.Length >= min && compact.Length <= max && compact.All(char.IsAsciiDigit) ? compact : null;

    // 記号 is digits, sometimes grouped with hyphens ("12-34"); never starting or ending with one
    private static string? Symbol(string compact) =>
        compact.Length is >= 1 and <= 12 && compact.All(c => char.IsAsciiDigit(c) || c == '-') && char.IsAsciiDigit(compact[0]) && char.IsAsciiDigit(compact[^1])
            ? compact
            : null;

    // a name has no digits or Latin letters (Tesseract's guess at a smudge often does)
    private static string? Name(string compact) =>
        compact.Length is >= 2 and <= 20 && !compact.Any(char.IsAscii) ? compact : null;

    // printed as the issuer, "世田谷区長": the municipality is the name without 長
    private static string? Municipality(string compact)
    {
        string place = compact.EndsWith('長') ? compact[..^1] : compact;
        return place.Length >= 2 && !place.Any(char.IsAscii) && place[^1] is '市' or '区' or '町' or '村' or '都' or '道' or '府' or '県' ? place : null;
    }
}
