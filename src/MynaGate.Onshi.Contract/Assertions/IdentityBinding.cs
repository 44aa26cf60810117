using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MynaGate.Onshi.Contract.Assertions;

/// <summary>
/// Ties the identity the card proved (the card-face record's birth date and sex, and the name of the text AP's
/// 基本4情報, both signed by the issuer and checked by the reader) to the JPKI certificate sent with it. The terminal
/// computes the same over what the national service answers for the certificate; a card carrying one person's records
/// and another's certificate gives different values. Every value is an HMAC keyed with the session's challenge, so it
/// shows nothing of the person to whoever lacks the answer, and is worth nothing in another session.
/// </summary>
/// <param name="Person">Birth date and sex: 64 hex digits.</param>
/// <param name="Name">
/// One value per character of the name under <see cref="IdentityName"/>'s rule, bound to its place (16 hex digits,
/// or <c>*</c> for a character the register could not print); null when the name cannot be compared.
/// </param>
public sealed record IdentityBinding(string Person, IReadOnlyList<string>? Name)
{
    public const string UnknownCharacter = "*";
    public const int CharacterHexLength = 16;

    /// <param name="sex">1 male or 2 female; anything else (not known, not applicable, 未設定) is left out of the comparison.</param>
    /// <param name="name">The name as text, or empty when there is none to bind.</param>
    public static IdentityBinding Compute(ReadOnlySpan<byte> challenge, DateOnly birthDate, int sex, ReadOnlySpan<char> name)
    {
        string canonical = string.Create(CultureInfo.InvariantCulture,
            $"MynaGate-Identity-v1\n{birthDate:yyyyMMdd}\n{(sex is 1 or 2 ? sex.ToString(CultureInfo.InvariantCulture) : "-")}");
        string person = Convert.ToHexString(HMACSHA256.HashData(challenge, Encoding.ASCII.GetBytes(canonical)));
        return new IdentityBinding(person, NameValues(challenge, name));
    }

    private static string[]? NameValues(ReadOnlySpan<byte> challenge, ReadOnlySpan<char> name)
    {
        Rune[] runes = GC.AllocateArray<Rune>(IdentityName.MaxCharacters, pinned: true);
        try
        {
            int count = IdentityName.Canonicalize(name, runes);
            if (count < IdentityName.MinComparable) return null;
            var values = new string[count];
            Span<byte> message = stackalloc byte[32];
            Span<byte> mac = stackalloc byte[32];
            for (int i = 0; i < count; i++)
            {
                if (runes[i] == IdentityName.Unknown)
                {
                    values[i] = UnknownCharacter;
                    continue;
                }
                // "N", the place and the code point: a character is bound to where it stands in the name
                int written = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"N{i}:{runes[i].Value:X}"), message);
                HMACSHA256.HashData(challenge, message[..written], mac);
                values[i] = Convert.ToHexString(mac[..(CharacterHexLength / 2)]);
                message.Clear();
            }
            return values;
        }
        finally
        {
            Array.Clear(runes);
        }
    }

    /// <summary>How the binding the reader presented compares with the one computed from the national answer.</summary>
    public IdentityMatch Compare(IdentityBinding expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Person), Encoding.ASCII.GetBytes(expected.Person)))
            return IdentityMatch.Different;
        if (Name is null || expected.Name is null) return IdentityMatch.NameNotCompared;
        if (Name.Count != expected.Name.Count) return IdentityMatch.Different;
        int compared = 0;
        bool same = true;
        for (int i = 0; i < Name.Count; i++)
        {
            if (Name[i] == UnknownCharacter || expected.Name[i] == UnknownCharacter) continue;
            compared++;
            same &= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Name[i]), Encoding.ASCII.GetBytes(expected.Name[i]));
        }
        return !same ? IdentityMatch.Different : compared < IdentityName.MinComparable ? IdentityMatch.NameNotCompared : IdentityMatch.Same;
    }

    /// <summary>The line the assertion signs.</summary>
    public string ToSignedText() => Person + ";" + (Name is null ? "-" : string.Join(',', Name));
}

/// <summary>The outcome of <see cref="IdentityBinding.Compare"/>.</summary>
public enum IdentityMatch
{
    /// <summary>Birth date, sex and name agree.</summary>
    Same,
    /// <summary>Birth date and sex agree; the name could not be compared (too short, or unknown at too many places).</summary>
    NameNotCompared,
    /// <summary>Something that could be compared differs.</summary>
    Different,
}
