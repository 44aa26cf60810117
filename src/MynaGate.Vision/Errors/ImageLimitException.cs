namespace MynaGate.Vision.Errors;

/// <summary>The image is larger than the configured byte or pixel limit; it was refused before decoding.</summary>
public class ImageLimitException : VisionException
{
    public ImageLimitException()
    {
    }

    public ImageLimitException(string message)
        : base(message)
    {
    }

    public ImageLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
