namespace MynaGate.Ocr.Certificates;

/// <summary>
/// The canonical image a certificate is rectified to before its text lines are found. Certificates and 保険証 are
/// card-sized or a folded sheet of about the same proportions; their body type is about <see cref="TextHeight"/>
/// high here, titles up to twice that.
/// </summary>
public static class CertificateLayout
{
    public const int Width = 1200;
    public const int Height = 760;
    public const int TextHeight = 28;

    /// <summary>Margin left out when looking for text, so the paper's edge is not taken for a line.</summary>
    public const int Margin = 12;
}
