namespace MynaGate.Ocr.Paddle;

/// <summary>One text line as PP-OCR read it: the text and the lowest probability of its characters (0–1).</summary>
public readonly record struct PaddleLine(string Text, float MinConfidence);
