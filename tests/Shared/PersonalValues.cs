using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Tests;

/// <summary>
/// Every personal value of a persona in every format a leak could take — My Number, 照合番号B, security code, PIN,
/// signature password, card serial, name, kana, address, birth date as digits, 西暦 and 和暦 — and the scans the
/// personal-data tests run with them.
/// </summary>
/// <remarks>
/// Short values (4-digit PIN and security code) match only as whole tokens, between characters that are neither digits
/// nor letters, so the digits inside a hash, a serial or a longer number are not taken for one. A token can still
/// equal a count, a port or a duration the system prints (a PIN equal to such a number failed a CI run once), so only
/// short values that begin with 0, which no such number is printed with, are scanned for. The scans drive their
/// sessions with personas whose PIN and security code do (<see cref="ScansShortValues"/>): seeds 167, 310, 453, 544,
/// 687, 830, 973 of 100–999.
/// </remarks>
public static class PersonalValues
{
    private static readonly CultureInfo Japanese = JapaneseCulture();

    /// <param name="qualificationAllowed">
    /// The result XML carries the qualification (name, kana, address, birth date) by design: those are left out.
    /// </param>
    public static IReadOnlyList<(string What, string Value)> Of(Persona persona, bool qualificationAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var values = new List<(string, string)>
        {
            ("My Number", persona.MyNumber),
            ("照合番号B", persona.VerificationCodeB),
            ("signature password", persona.SignaturePassword),
            ("card serial", persona.CardSerial),
        };
        if (persona.SecurityCode.StartsWith('0')) values.Add(("security code", persona.SecurityCode));
        if (persona.Pin.StartsWith('0')) values.Add(("PIN", persona.Pin));
        if (persona.PhonePin.StartsWith('0')) values.Add(("phone PIN", persona.PhonePin));
        if (qualificationAllowed) return values;
        var birth = persona.BirthDate.ToDateTime(TimeOnly.MinValue);
        values.AddRange(
        [
            ("name", persona.Name),
            ("kana", persona.NameKana),
            ("address", persona.Address),
            ("birth date (digits)", birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
            ("birth date (ISO)", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("birth date (slashes)", birth.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
            ("birth date (西暦)", birth.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)),
            ("birth date (和暦)", birth.ToString("gg y年M月d日", Japanese).Replace(" ", "", StringComparison.Ordinal)),
            ("birth date (和暦, padded)", birth.ToString("gg yy年MM月dd日", Japanese).Replace(" ", "", StringComparison.Ordinal)),
        ]);
        return values;
    }

    /// <summary>Whether <see cref="Of"/> holds the persona's PIN and security code (both begin with 0).</summary>
    public static bool ScansShortValues(Persona persona) => Of(persona, qualificationAllowed: true).Count(v => v.What is "PIN" or "security code") == 2;

    /// <summary>The leaks in <paramref name="content"/> (UTF-8 bytes of a file), named by <paramref name="where"/>.</summary>
    public static IEnumerable<string> Leaks(ReadOnlySpan<byte> content, IReadOnlyList<(string What, string Value)> values, string where)
    {
        var found = new List<string>();
        string? text = null;
        foreach (var (what, value) in values)
        {
            if (value.Length > 4)
            {
                if (content.IndexOf(Encoding.UTF8.GetBytes(value)) >= 0) found.Add($"{what} in {where}");
                continue;
            }
            text ??= Encoding.UTF8.GetString(content);
            if (Regex.IsMatch(text, $"(?<![0-9A-Za-z]){Regex.Escape(value)}(?![0-9A-Za-z])")) found.Add($"{what} in {where}");
        }
        return found;
    }

    private static CultureInfo JapaneseCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}
