namespace MynaGate.Vision.Errors;

/// <summary>A face model is missing, fails its sha256 check, or cannot be loaded or run.</summary>
public class FaceModelException : VisionException
{
    public FaceModelException()
    {
    }

    public FaceModelException(string message)
        : base(message)
    {
    }

    public FaceModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
