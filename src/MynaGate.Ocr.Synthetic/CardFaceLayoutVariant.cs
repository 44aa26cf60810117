namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// How a card printer may place the front's text, within what the issued cards show: the same fields in the same
/// order, the block of fields a little higher or lower, the type a little smaller or larger, the expiry's white box
/// printed or not. <see cref="Spacious"/> is held out from tuning.
/// </summary>
public enum CardFaceLayoutVariant
{
    /// <summary>The canonical placement, jittered by ±12 px and type 27–33 px.</summary>
    Standard,

    /// <summary>Fields about 14 px higher, type 3 px smaller, the expiry without its box, the code a little left.</summary>
    Compact,

    /// <summary>Fields about 22 px lower, type 4 px larger, 性別 further right, the code larger and further right.</summary>
    Spacious,
}
