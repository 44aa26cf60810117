using System.Drawing;

namespace MynaGate.Ocr.Tesseract;

/// <summary>One recognised character with Tesseract's confidence (0–100) and its box in the recognised image.</summary>
public readonly record struct OcrSymbol(string Text, float Confidence, Rectangle Box);
