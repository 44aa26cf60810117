namespace MynaGate.Ocr.Tesseract;

/// <summary>Tesseract could not be loaded, initialised or run.</summary>
public sealed class OcrException : Exception
{
    public OcrException(string message)
        : base(message)
    {
    }

    public OcrException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
