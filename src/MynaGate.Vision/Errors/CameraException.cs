namespace MynaGate.Vision.Errors;

/// <summary>A camera could not be opened, or stopped delivering frames.</summary>
public class CameraException : VisionException
{
    public CameraException()
    {
    }

    public CameraException(string message)
        : base(message)
    {
    }

    public CameraException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CameraException(string message, bool endOfStream)
        : base(message) => EndOfStream = endOfStream;

    /// <summary>The device is open but returned no frame (unplugged, or a stream that ended).</summary>
    public bool EndOfStream { get; }
}
