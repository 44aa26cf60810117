using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.Synthetic;
using MynaGate.Storage;
using MynaGate.Vision.Imaging;

namespace MynaGate.Chain;

/// <summary>
/// The image-sequence cameras of one emulated reader unit: the frames are JPEG files in the folders its configuration
/// names (Reader:CardCamera:Folder, Reader:FaceCamera:Folder), which the reader reads each time a session opens a
/// camera. The card-face camera shows the placed card's printed face (rendered from its persona as the OCR generators
/// do) or a paper certificate laid where the card lay; the face camera plays the frames given for the patient. Each
/// file appears whole (atomic writes), so a camera never opens a half-written frame.
/// </summary>
public sealed class FolderCameras(string cardFolder, string faceFolder, CardFaceRenderer renderer, CertificateRenderer certificateRenderer)
{
    // the card-face camera of a reader the size of the ones card frames come in
    private const int TrayWidth = 1400;

    private readonly Lock _gate = new();
    // whose card the card camera shows now, and the frames last rendered (kept: the same card placed again looks the
    // same, and rendering costs the CPU a real camera would not; the benchmark places one card per reader many times)
    private (Persona, int)? _cardShown;
    private ((Persona, int) Card, byte[][] Frames)? _rendered;

    /// <summary>Sets what the cameras show for the next patient: the card's printed face and <paramref name="faceFrames"/>.</summary>
    public void Show(Persona persona, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        lock (_gate)
        {
            if (_cardShown != (persona, seed))
            {
                if (_rendered is not { } rendered || rendered.Card != (persona, seed))
                {
                    rendered = ((persona, seed), CardFrames(renderer, persona, seed));
                    _rendered = rendered;
                }
                Replace(cardFolder, rendered.Frames);
                _cardShown = (persona, seed);
            }
            Replace(faceFolder, faceFrames);
        }
    }

    /// <summary>The card was taken away: the card-face camera sees the empty tray (a certificate laid since stays in view).</summary>
    public void TakeCard()
    {
        lock (_gate)
        {
            if (_cardShown is not null) ClearTray();
        }
    }

    /// <summary>Nothing lies on the tray: the card-face camera sees it empty.</summary>
    public void ClearTray()
    {
        lock (_gate)
        {
            Replace(cardFolder, [SyntheticCamera.EmptyTray(TrayWidth, 0)]);
            _cardShown = null;
        }
    }

    /// <summary>Lays the certificate of <paramref name="truth"/> where the card lay.</summary>
    public void PlaceCertificate(CertificateTruth truth, int seed)
    {
        lock (_gate)
        {
            Replace(cardFolder, CertificateFrames(certificateRenderer, truth, seed));
            _cardShown = null;
        }
    }

    /// <summary>What the card-face camera sees of the card of <paramref name="persona"/>: three captures, each a little different.</summary>
    public static byte[][] CardFrames(CardFaceRenderer renderer, Persona persona, int seed)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var captures = new byte[3][];
        for (int i = 0; i < captures.Length; i++)
        {
            using VisionImage face = renderer.Render(persona, null, seed * 31 + i);
            captures[i] = SyntheticCamera.Capture(face, CameraEffects.None, seed * 31 + i).Jpeg;
        }
        return captures;
    }

    /// <summary>What the card-face camera sees of a paper certificate laid where the card lay.</summary>
    public static byte[][] CertificateFrames(CertificateRenderer renderer, CertificateTruth truth, int seed)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(truth);
        using VisionImage page = renderer.Render(truth, seed);
        return [.. Enumerable.Range(0, 2).Select(i => SyntheticCamera.Capture(page, CameraEffects.None, seed * 31 + i).Jpeg)];
    }

    private static void Replace(string folder, IReadOnlyList<byte[]> frames)
    {
        Directory.CreateDirectory(folder);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < frames.Count; i++)
        {
            string file = Path.Combine(folder, $"frame-{i:D3}.jpg");
            AtomicFileWriter.Replace(file, frames[i]);
            kept.Add(file);
        }
        // frames of the last patient beyond this one's count go after the new ones are in place
        foreach (string old in Directory.GetFiles(folder, "*.jpg").Where(f => !kept.Contains(f))) File.Delete(old);
    }
}
