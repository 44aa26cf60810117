namespace MynaGate.Ocr.CardFace;

/// <summary>What each issue means to the person at the reader or on a support call (no personal data).</summary>
public static class CardFaceIssueText
{
    public static string Describe(CardFaceIssue issue) => issue switch
    {
        CardFaceIssue.None => "read",
        CardFaceIssue.NoCard => "no card in view",
        CardFaceIssue.CardNotWhole => "the card is not wholly in view",
        CardFaceIssue.NoBirthDate => "birth-date field not found",
        CardFaceIssue.NoExpiry => "expiry field not found",
        CardFaceIssue.NoSecurityCode => "security code not found",
        CardFaceIssue.LowConfidence => "a field was read below an engine's confidence floor",
        CardFaceIssue.EnginesDisagree => "the two OCR engines read a field differently",
        CardFaceIssue.ImplausibleBirthDate => "the birth date read is not a valid date",
        CardFaceIssue.ImplausibleExpiry => "the expiry read is not plausible",
        CardFaceIssue.ExpiryNotOnBirthday => "the expiry read does not fall on the birthday read",
        CardFaceIssue.ExpiryDisagreesWithChip => "the expiry read differs from the chip",
        CardFaceIssue.BackShown => "the card's back is shown",
        CardFaceIssue.GregorianBirthDate => "the birth date is printed in 西暦 (a foreign resident's card)",
        CardFaceIssue.FramesDisagree => "frames did not agree",
        CardFaceIssue.FewTriesLeft => "too few 照合番号B tries left to risk one",
        CardFaceIssue.CardBlocked => "照合番号B is locked on this card",
        _ => issue.ToString(),
    };
}
