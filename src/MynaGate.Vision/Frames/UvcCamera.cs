using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Frames;

/// <summary>A V4L2 (UVC) camera through cv::VideoCapture; reads block at the device's frame rate.</summary>
public sealed class UvcCamera : IFrameSource
{
    private readonly CameraHandle _handle;

    private UvcCamera(CameraHandle handle) => _handle = handle;

    /// <param name="device">A device path such as /dev/video0.</param>
    /// <param name="width">Requested capture width (0 keeps the driver's).</param>
    /// <param name="height">Requested capture height (0 keeps the driver's).</param>
    public static UvcCamera Open(string device, int width = 640, int height = 480)
    {
        ArgumentException.ThrowIfNullOrEmpty(device);
        if (!File.Exists(device))
        {
            throw new CameraException($"camera device {device} does not exist");
        }

        return new UvcCamera(NativeStatus.Take(VisionNative.mgv_camera_open(device, width, height, out CameraHandle handle), handle));
    }

    public ValueTask<VisionImage?> NextFrameAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return ValueTask.FromResult<VisionImage?>(VisionImage.FromCall(VisionNative.mgv_camera_read(_handle, out ImageHandle frame), frame));
    }

    public void Dispose() => _handle.Dispose();
}
