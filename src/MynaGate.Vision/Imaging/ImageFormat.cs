namespace MynaGate.Vision.Imaging;

/// <summary>mgv_image_format.</summary>
public enum ImageFormat
{
    Png = 0,
    Jpeg = 1,
    Jpeg2000 = 2,
}
