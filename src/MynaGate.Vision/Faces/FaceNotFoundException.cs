using MynaGate.Vision.Errors;

namespace MynaGate.Vision.Faces;

/// <summary>An image that must hold a face (the chip photo, a reference file) holds none the detector accepts.</summary>
public class FaceNotFoundException : VisionException
{
    public FaceNotFoundException()
    {
    }

    public FaceNotFoundException(string message)
        : base(message)
    {
    }

    public FaceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
