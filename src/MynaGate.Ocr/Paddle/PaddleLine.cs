namespace MynaGate.Ocr.Paddle;

/// <summary>
/// One text line as PP-OCR read it: the text and, for each of its UTF-16 characters, the probability the recogniser
/// gave it (0–1) and where along the line it was read (the centre of its CTC step, as a fraction of the line image's
/// width). Text read from a card is personal data: keep it in memory and never log it.
/// </summary>
public readonly record struct PaddleLine(string Text, float[] Confidences, float[] Positions)
{
    /// <summary>The lowest probability of any character, 0 when nothing was read.</summary>
    public float MinConfidence => Confidences.Length == 0 ? 0f : Confidences.Min();

    /// <summary>The lowest probability among the characters <paramref name="counts"/> selects (e.g. the digits of a
    /// date, leaving out an anchor the dictionary cannot spell) before <paramref name="end"/>; 0 when none is
    /// selected.</summary>
    public float MinConfidenceOf(Func<char, bool> counts, int end = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(counts);
        float min = float.MaxValue;
        for (int i = 0; i < Math.Min(end, Text.Length); i++)
        {
            if (counts(Text[i])) min = Math.Min(min, Confidences[i]);
        }
        return min == float.MaxValue ? 0f : min;
    }

    public override string ToString() => $"PaddleLine [{Text.Length} characters, redacted]";
}
