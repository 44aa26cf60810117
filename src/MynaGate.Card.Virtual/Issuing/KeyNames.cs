namespace MynaGate.Card.Virtual.Issuing;

/// <summary>Names of the retry counters in a card's state file, with their limits (spec §1.9).</summary>
public static class KeyNames
{
    public const string JpkiAuthPin = "jpki.0018";
    public const string JpkiSignPassword = "jpki.001B";
    public const string TextPin = "text.0011";
    public const string TextCodeA = "text.0014";
    public const string TextCodeB = "text.0015";
    public const string CardFaceBirthDate = "cardface.0011";
    public const string CardFaceCodeB = "cardface.0012";
    public const string CardFaceCodeA = "cardface.0013";

    /// <summary>Limits: user-auth PIN 3, signature password 5, text PIN 3, 照合番号B 10 (secondary source). Limits for
    /// 照合番号A and the birth-date key are not published; 10 is assumed.</summary>
    public static readonly IReadOnlyDictionary<string, int> Limits = new Dictionary<string, int>
    {
        [JpkiAuthPin] = 3,
        [JpkiSignPassword] = 5,
        [TextPin] = 3,
        [TextCodeA] = 10,
        [TextCodeB] = 10,
        [CardFaceBirthDate] = 10,
        [CardFaceCodeB] = 10,
        [CardFaceCodeA] = 10,
    };
}
