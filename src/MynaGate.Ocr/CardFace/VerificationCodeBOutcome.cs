using MynaGate.Card.MyNumber;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// The reader's decision: the agreed fields, from which 照合番号B is composed, or an abstention with its reason (the
/// flow then offers the PIN or staff).
/// </summary>
public sealed record VerificationCodeBOutcome(CardFaceFields? Fields, CardFaceIssue Issue, int FramesRead)
{
    public bool Ready => Fields is not null;

    /// <summary>Writes the 14 digits into a caller-owned buffer, which the caller zeroes after the VERIFY.</summary>
    public void ComposeCode(Span<char> destination)
    {
        if (Fields is null)
        {
            throw new InvalidOperationException("The reader abstained; there is no code to compose.");
        }

        Span<char> code = stackalloc char[4];
        Fields.WriteSecurityCode(code);
        VerificationCodeB.Compose(Fields.BirthDate, Fields.Expiry.Year, code, destination);
        code.Clear();
    }

    public override string ToString() => Ready ? $"Ready after {FramesRead} frames" : $"Abstained ({Issue}) after {FramesRead} frames";
}
