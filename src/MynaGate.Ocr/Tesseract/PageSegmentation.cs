namespace MynaGate.Ocr.Tesseract;

/// <summary>Tesseract's page-segmentation modes that the field readers use (values of TessPageSegMode).</summary>
public enum PageSegmentation
{
    /// <summary>A uniform block of text.</summary>
    Block = 6,

    /// <summary>One text line.</summary>
    SingleLine = 7,

    /// <summary>One word.</summary>
    SingleWord = 8,

    /// <summary>As much text as possible, in no particular order.</summary>
    SparseText = 11,
}
