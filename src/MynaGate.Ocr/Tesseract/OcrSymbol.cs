namespace MynaGate.Ocr.Tesseract;

/// <summary>One recognised character with Tesseract's confidence (0–100) and, when asked for, the characters its LSTM
/// weighed for the same place (the recognised one among them, in no set order), with their own confidences.</summary>
public readonly record struct OcrSymbol(string Text, float Confidence, IReadOnlyList<OcrChoice>? Choices = null);
