using MynaGate.Vision.Errors;
using MynaGate.Vision.Frames;

namespace MynaGate.Site.Doctor;

/// <summary>
/// UVC cameras that open and give a frame, with its resolution; without any, the persona photos the demo's
/// image-sequence cameras show (<paramref name="images"/>, null on an installed site).
/// </summary>
public static class CameraChecks
{
    public static async Task<IEnumerable<DoctorFinding>> RunAsync(string? images)
    {
        string[] devices = Directory.Exists("/dev") ? [.. Directory.GetFiles("/dev", "video*").Order(StringComparer.Ordinal)] : [];
        var findings = new List<DoctorFinding>();
        var names = StableNames();
        foreach (string device in devices) findings.Add(await OpenAsync(device, names.GetValueOrDefault(device)).ConfigureAwait(false));
        if (devices.Length > 0) return findings;
        findings.Add(images switch
        {
            // an installed unit has no image-sequence cameras to fall back on
            null => DoctorFinding.Failed("camera", "no UVC camera", "connect the unit's cameras (UVC), and check permissions (group video)"),
            _ when Directory.Exists(images) => DoctorFinding.Warning("camera", $"no UVC camera; the demo shows image sequences from {images}",
                "connect a UVC camera for live faces (not needed for the demo)"),
            _ => DoctorFinding.Failed("camera", "no UVC camera and no persona images for the image-sequence cameras",
                "connect a UVC camera, or put ../shared beside the checkout (MYNAGATE_SHARED)"),
        });
        return findings;
    }

    // /dev/videoN numbers follow the order USB devices were found in and swap between boots; udev's /dev/v4l/by-id
    // links name the camera itself, so the configuration names those (deploy/config/reader.json)
    private static Dictionary<string, string> StableNames()
    {
        const string byId = "/dev/v4l/by-id";
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(byId)) return names;
        foreach (string link in Directory.GetFiles(byId).Order(StringComparer.Ordinal))
        {
            if (new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true) is { } target) names.TryAdd(target.FullName, link);
        }
        return names;
    }

    private static async Task<DoctorFinding> OpenAsync(string device, string? stableName)
    {
        string label = stableName is null ? device : $"{stableName} ({device})";
        try
        {
            using var camera = UvcCamera.Open(device, width: 0, height: 0);
            using var frame = await camera.NextFrameAsync(CancellationToken.None).ConfigureAwait(false);
            return frame is null
                ? DoctorFinding.Failed("camera", $"{label} opens but gives no frame", "check the cable, or whether another program holds the camera")
                : DoctorFinding.Ok("camera", $"{label}: {frame.Width}x{frame.Height}");
        }
        catch (VisionException e)
        {
            return DoctorFinding.Failed("camera", $"{label}: {e.Message}", "check permissions (group video) and that no other program holds it");
        }
    }
}
