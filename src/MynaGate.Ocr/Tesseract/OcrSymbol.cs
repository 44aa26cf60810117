namespace MynaGate.Ocr.Tesseract;

/// <summary>One recognised character with Tesseract's confidence (0–100).</summary>
public readonly record struct OcrSymbol(string Text, float Confidence);
