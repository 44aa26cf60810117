namespace MynaGate.Card.MyNumber;

/// <summary>Where the JPKI credential lives, from the label at the start of JPKI EF 0006 (spec §1.5, R32).</summary>
public enum TokenType
{
    Unknown,
    /// <summary>JPKIAPICCTOKEN2: the plastic card.</summary>
    Card,
    /// <summary>JPKIAPGPSETOKEN: スマホ用電子証明書 on Android.</summary>
    Android,
    /// <summary>JPKIAPIOSTOKEN: スマホ用電子証明書 on iPhone.</summary>
    IPhone,
}

public static class TokenTypes
{
    public const string CardLabel = "JPKIAPICCTOKEN2";
    public const string AndroidLabel = "JPKIAPGPSETOKEN";
    public const string IPhoneLabel = "JPKIAPIOSTOKEN";

    public static TokenType FromLabel(string label) => label switch
    {
        CardLabel => TokenType.Card,
        AndroidLabel => TokenType.Android,
        IPhoneLabel => TokenType.IPhone,
        _ => TokenType.Unknown,
    };

    public static string Label(TokenType type) => type switch
    {
        TokenType.Card => CardLabel,
        TokenType.Android => AndroidLabel,
        TokenType.IPhone => IPhoneLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
