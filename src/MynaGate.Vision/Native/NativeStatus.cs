using MynaGate.Vision.Errors;

namespace MynaGate.Vision.Native;

/// <summary>The one place a native status becomes an exception, with the thread's last native message.</summary>
internal static class NativeStatus
{
    /// <summary>The handle a create call gave out, or the call's exception (after releasing whatever it holds).</summary>
    public static T Take<T>(MgvStatus status, T handle)
        where T : NativeHandle
    {
        if (status != MgvStatus.Ok)
        {
            handle.Dispose();
            ThrowIfFailed(status);
        }

        return handle;
    }

    public static void ThrowIfFailed(MgvStatus status)
    {
        if (status == MgvStatus.Ok)
        {
            return;
        }

        string message = VisionNative.LastError();
        throw status switch
        {
            MgvStatus.InvalidArgument => new ArgumentException(message),
            MgvStatus.DecodeFailed => new ImageDecodeException(message),
            MgvStatus.LimitExceeded => new ImageLimitException(message),
            MgvStatus.ModelFailed => new FaceModelException(message),
            MgvStatus.DeviceFailed or MgvStatus.EndOfStream => new CameraException(message, status == MgvStatus.EndOfStream),
            _ => new VisionException(message),
        };
    }
}
