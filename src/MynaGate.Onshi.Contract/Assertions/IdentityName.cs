using System.Collections.Frozen;
using System.Text;

namespace MynaGate.Onshi.Contract.Assertions;

/// <summary>
/// The one rule by which a name on the card (基本4情報) and a name in the national answer are compared, character by
/// character (docs/security.md, "Identity binding"):
/// <list type="number">
/// <item>Unicode NFKC (full-width Latin and digits become ASCII, compatibility ideographs their unified form), Latin upper-cased;</item>
/// <item>every space taken out (the card separates surname and given name with U+3000, registers differ);</item>
/// <item>the 異体字 listed in <see cref="Variants"/> folded to the common form a register may print instead;</item>
/// <item>a character a register could not print (●, 〓, ?, U+FFFD) is unknown: it matches anything at its place.</item>
/// </list>
/// The two names must then have the same number of characters and agree at every place where both are known; a name
/// with fewer than <see cref="MinComparable"/> known places in common is not compared at all.
/// </summary>
public static class IdentityName
{
    /// <summary>A place whose character is unknown on one side.</summary>
    public static readonly Rune Unknown = new('●');

    /// <summary>Below this many known places in common, a name says too little to be compared.</summary>
    public const int MinComparable = 2;

    /// <summary>Longer names (in characters after the rule) are not compared: the link message stays bounded.</summary>
    public const int MaxCharacters = 128;

    /// <summary>Variant → the form registers commonly print. Old and variant forms seen in names; extend with care.</summary>
    public static readonly FrozenDictionary<int, int> Variants = new Dictionary<int, int>
    {
        ['髙'] = '高', ['﨑'] = '崎', ['嵜'] = '崎', ['德'] = '徳', ['邉'] = '辺', ['邊'] = '辺', ['齋'] = '斎', ['齊'] = '斉',
        ['濵'] = '浜', ['濱'] = '浜', ['國'] = '国', ['澤'] = '沢', ['廣'] = '広', ['冨'] = '富', ['栁'] = '柳', ['曻'] = '昇',
        ['眞'] = '真', ['實'] = '実', ['惠'] = '恵', ['櫻'] = '桜', ['槇'] = '槙',
        [0x20BB7] = '吉', // 𠮷 (つちよし)
    }.ToFrozenDictionary();

    private static readonly FrozenSet<int> UnknownMarks = new[] { '●', '〓', '?', '\uFFFD' }.Select(c => (int)c).ToFrozenSet();

    /// <summary>The name's characters under the rule, written into <paramref name="destination"/>; the count, or -1 when it does not fit.</summary>
    public static int Canonicalize(ReadOnlySpan<char> name, Span<Rune> destination)
    {
        // NFKC can lengthen a text: a few ligatures and squared words become several characters
        char[] normalized = GC.AllocateArray<char>(Math.Max(16, name.Length * 4), pinned: true);
        try
        {
            if (!name.TryNormalize(normalized, out int length, NormalizationForm.FormKC)) return -1;
            int count = 0;
            foreach (var rune in normalized.AsSpan(0, length).EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune)) continue;
                if (count == destination.Length) return -1;
                destination[count++] = UnknownMarks.Contains(rune.Value) ? Unknown
                    : Variants.TryGetValue(rune.Value, out int folded) ? new Rune(folded)
                    : Rune.ToUpperInvariant(rune);
            }
            return count;
        }
        finally
        {
            Array.Clear(normalized);
        }
    }
}
