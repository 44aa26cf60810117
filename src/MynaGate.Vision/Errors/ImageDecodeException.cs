namespace MynaGate.Vision.Errors;

/// <summary>The bytes are not a complete JPEG, PNG or JPEG 2000 image.</summary>
public class ImageDecodeException : VisionException
{
    public ImageDecodeException()
    {
    }

    public ImageDecodeException(string message)
        : base(message)
    {
    }

    public ImageDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
