using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Site.Doctor;

/// <summary>native/vision's libmgvision loads with its OpenCV libraries and runs a call.</summary>
public static class NativeLibraryCheck
{
    public static DoctorFinding Run()
    {
        try
        {
            using var image = VisionImage.FromPixels(new byte[16], 4, 4, 1);
            using var resized = image.Resize(2, 2);
            return DoctorFinding.Ok("native library", "libmgvision loads and runs (OpenCV)");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or VisionException)
        {
            return DoctorFinding.Failed("native library", e.Message,
                "run ./mynagate setup (builds native/vision with CMake against Debian's OpenCV 4.6)");
        }
    }
}
