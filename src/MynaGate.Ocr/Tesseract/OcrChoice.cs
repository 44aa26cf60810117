namespace MynaGate.Ocr.Tesseract;

/// <summary>A character Tesseract's LSTM weighed for one place, with its confidence (0–100).</summary>
public readonly record struct OcrChoice(string Text, float Confidence);
