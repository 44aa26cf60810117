namespace MynaGate.Ocr.Tesseract;

/// <summary>The Tesseract models the readers use (Debian tesseract-ocr-jpn, -script-jpan, -eng).</summary>
public static class OcrModels
{
    public const string Japanese = "jpn";

    /// <summary>Tesseract's script model for Japanese: trained apart from "jpn", so its errors are not jpn's.</summary>
    public const string JapaneseScript = "Japanese";

    public const string English = "eng";
}
