using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Host;

/// <summary>Opens a configured camera for each session: the V4L2 device, or the image-sequence folder as it is now.</summary>
public static class CameraSources
{
    public static Func<IFrameSource> Open(CameraSettings camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        if (!string.IsNullOrWhiteSpace(camera.Device)) return () => UvcCamera.Open(camera.Device, camera.Width, camera.Height);
        string folder = camera.Folder!;
        return () => ImageSequence.FromFiles(Directory.GetFiles(folder, "*.jpg").Order(StringComparer.Ordinal), camera.FramesPerSecond);
    }
}
