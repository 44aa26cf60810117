using MynaGate.Card.Apdu;

namespace MynaGate.Card;

/// <summary>What an error status word means to a caller of the card client.</summary>
public enum CardErrorKind
{
    Other,
    FileNotFound,
    SecurityStatusNotSatisfied,
    Blocked,
    WrongLength,
    WrongParameters,
    WrongData,
    NotSupported,
}

/// <summary>The one place that maps status words to <see cref="CardErrorKind"/>.</summary>
public static class CardErrorKinds
{
    public static CardErrorKind From(StatusWord sw) => sw.Value switch
    {
        0x6A82 => CardErrorKind.FileNotFound,
        0x6982 => CardErrorKind.SecurityStatusNotSatisfied,
        0x6984 or 0x63C0 => CardErrorKind.Blocked,
        0x6700 => CardErrorKind.WrongLength,
        0x6A86 or 0x6B00 => CardErrorKind.WrongParameters,
        0x6A80 => CardErrorKind.WrongData,
        0x6D00 or 0x6E00 or 0x6981 => CardErrorKind.NotSupported,
        _ => CardErrorKind.Other,
    };
}
