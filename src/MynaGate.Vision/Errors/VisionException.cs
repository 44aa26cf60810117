namespace MynaGate.Vision.Errors;

/// <summary>A failure inside the native vision library.</summary>
public class VisionException : Exception
{
    public VisionException()
    {
    }

    public VisionException(string message)
        : base(message)
    {
    }

    public VisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
