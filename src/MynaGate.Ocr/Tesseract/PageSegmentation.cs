namespace MynaGate.Ocr.Tesseract;

/// <summary>Tesseract's page-segmentation modes in use (values of TessPageSegMode); the field readers read one line
/// at a time, after finding the lines themselves.</summary>
public enum PageSegmentation
{
    /// <summary>One text line.</summary>
    SingleLine = 7,
}
