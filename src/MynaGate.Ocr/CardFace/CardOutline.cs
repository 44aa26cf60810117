using MynaGate.Vision.Documents;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>A card lying whole in a camera frame: an outline of at least the given share of the frame, clear of its edges, card-shaped.</summary>
public static class CardOutline
{
    /// <summary>The card's outline, or why there is none (<see cref="CardFaceIssue.NoCard"/>, <see cref="CardFaceIssue.CardNotWhole"/>).</summary>
    public static (DocumentQuad? Quad, CardFaceIssue Issue) Find(VisionImage frame, float minCardArea)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var quad = DocumentFinder.FindQuad(frame, minCardArea);
        if (quad is null) return (null, CardFaceIssue.NoCard);
        // an ID-1 card is 1.586 : 1; half a card is 1.26 or 3.2. A whole card held at a slant measures less: the
        // hand-held frames of whole generated cards that a bound of 1.35 refused stood at 1.31–1.34
        if (quad.TouchesEdge || quad.AspectRatio is < 1.30 or > 2.0) return (null, CardFaceIssue.CardNotWhole);
        return (quad, CardFaceIssue.None);
    }
}
