using System.Diagnostics;
using System.Globalization;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Bench;

/// <summary>
/// Whether reading card faces leaves native memory behind (OpenCV mats, Tesseract pages, ONNX Runtime tensors): one
/// card's frame read N times on two threads after a warm-up, the process's resident memory settled before and after.
/// A leaked rectified card a frame would be about 0.6 MB, a leaked recogniser input about 0.3 MB. Was a test; it is a
/// measurement, so it lives here and prints a table.
/// </summary>
public static class OcrMemoryBenchmark
{
    private const int WarmUp = 40;

    public static int Run(IReadOnlyList<string> args)
    {
        int frames = args is ["--frames", var n] && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed > 0 ? parsed
            : args.Count == 0 ? 500 : -1;
        if (frames < 0)
        {
            Console.Error.WriteLine("usage: ./mynagate bench ocr-memory [--frames N]   (default 500)");
            return 2;
        }
        Console.WriteLine($"ocr memory bench: {frames} frames after {WarmUp} warm-up; {BuildInfo.Header}");
        var today = PersonaGenerator.DefaultReferenceDate;
        using var fonts = SyntheticFonts.Load();
        using var pool = new TesseractPool();
        using var paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        using var orientation = PaddleOrientation.Load(ModelDirectory.Resolve());
        using var detector = PaddleTextDetector.Load(ModelDirectory.Resolve());
        var reader = new CardFaceFrameReader(pool, detector, paddle, orientation);
        var persona = PersonaGenerator.Generate(73);
        using var card = new CardFaceRenderer(fonts).Render(persona, null, 73);
        using var frame = VisionImage.Decode(SyntheticCamera.Capture(card, CameraEffects.Tray, 73).Jpeg, ImageLimits.Default);

        int failed = 0;
        void Read(int count) => Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            if (!reader.Read(frame, today).Succeeded) Interlocked.Increment(ref failed);
        });

        Read(WarmUp);
        long before = SettledResident();
        long start = Stopwatch.GetTimestamp();
        Read(frames);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long after = SettledResident();

        Console.WriteLine("| frames | rss before MiB | rss after MiB | grown MiB | KiB per frame | frames not read | s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {frames} | {before >> 20} | {after >> 20} | {(after - before) / 1048576.0:F1} | {(after - before) / 1024.0 / frames:F1} | {failed} | {seconds:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ocr-memory-bench frames={frames} grown_mib={(after - before) / 1048576.0:F1} kib_per_frame={(after - before) / 1024.0 / frames:F1} unread={failed}"));
        return failed == 0 ? 0 : 1;
    }

    private static long SettledResident()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
