using System.Diagnostics;
using System.Security.Cryptography;
using MynaGate.Vision.Imaging;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The face camera's latest frame as a small JPEG, for the kiosk's capture screen to show the patient (R15). Memory
/// only: a replaced frame is zeroed, and so is the last one when the face step ends. At most a few frames a second
/// are encoded, so the preview costs the face match little.
/// </summary>
public sealed class LivePreview
{
    public const int Width = 480;
    private const int Quality = 75;
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(150);

    private readonly Lock _gate = new();
    private byte[]? _jpeg;
    private long _encodedAt;

    /// <summary>Keeps <paramref name="frame"/> (scaled to <see cref="Width"/>) unless one was kept a moment ago.</summary>
    public void Offer(VisionImage frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        lock (_gate)
        {
            if (_jpeg is not null && Stopwatch.GetElapsedTime(_encodedAt) < MinInterval) return;
        }
        byte[] jpeg;
        using (var small = frame.Resize(Width, Math.Max(1, frame.Height * Width / frame.Width))) jpeg = small.Encode(ImageFormat.Jpeg, Quality);
        lock (_gate)
        {
            Zero(_jpeg);
            _jpeg = jpeg;
            _encodedAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>A copy of the latest frame for one response (the caller zeroes it), or null.</summary>
    public byte[]? Copy()
    {
        lock (_gate) return _jpeg?.ToArray();
    }

    /// <summary>Zeroes and drops the latest frame.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Zero(_jpeg);
            _jpeg = null;
        }
    }

    private static void Zero(byte[]? bytes)
    {
        if (bytes is not null) CryptographicOperations.ZeroMemory(bytes);
    }
}
