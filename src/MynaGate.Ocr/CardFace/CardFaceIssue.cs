namespace MynaGate.Ocr.CardFace;

/// <summary>Why a frame gave no usable reading, or why the reader abstained from producing 照合番号B.</summary>
public enum CardFaceIssue
{
    None = 0,

    /// <summary>No card-shaped outline in the frame.</summary>
    NoCard,

    /// <summary>The card touches the frame border or its outline is not card-shaped: part of it is out of view.</summary>
    CardNotWhole,

    /// <summary>No birth-date line (era date followed by 生) was found.</summary>
    NoBirthDate,

    /// <summary>No expiry line (date followed by まで有効) was found.</summary>
    NoExpiry,

    /// <summary>No 4-digit security code was found under the photo.</summary>
    NoSecurityCode,

    /// <summary>A field was read below an engine's confidence floor.</summary>
    LowConfidence,

    /// <summary>The two OCR engines (PP-OCR and Tesseract) read a field differently, or the second could not read it.</summary>
    EnginesDisagree,

    /// <summary>The birth date does not exist, lies outside its era, or is in the future or implausibly old.</summary>
    ImplausibleBirthDate,

    /// <summary>The expiry is not after the birth date, or outside the years cards are issued for.</summary>
    ImplausibleExpiry,

    /// <summary>The expiry does not fall on the holder's birthday, as it does on every card.</summary>
    ExpiryNotOnBirthday,

    /// <summary>The printed expiry differs from the one the chip's 共通AP holds.</summary>
    ExpiryDisagreesWithChip,

    /// <summary>A whole card with no face on it either way up, and no date lines: its back is shown (R37).</summary>
    BackShown,

    /// <summary>Frames were read, but no two agreed on all three fields.</summary>
    FramesDisagree,

    /// <summary>The card's 照合番号B tries are at or below the reserve kept for staff; the reader does not try.</summary>
    FewTriesLeft,

    /// <summary>The card's 照合番号B is locked (no tries left).</summary>
    CardBlocked,

    /// <summary>The birth date is printed in 西暦, as on a foreign resident's card: how 照合番号B is formed from it is not
    /// known (spec §1.8), so the reader does not try.</summary>
    GregorianBirthDate,
}
