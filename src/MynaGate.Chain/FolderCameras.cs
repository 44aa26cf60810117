using System.Security.Cryptography;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.Synthetic;
using MynaGate.Storage;
using MynaGate.Vision.Imaging;

namespace MynaGate.Chain;

/// <summary>
/// The image-sequence cameras of one emulated reader unit: the frames are JPEG files in the folders its configuration
/// names (Reader:CardCamera:Folder, Reader:FaceCamera:Folder), which the reader reads each time a session opens a
/// camera. The card-face camera shows the placed card's printed face with its chip photo (rendered from its persona as
/// the OCR generators do), its back when it lies back up, a paper certificate laid where the card lay, or the empty
/// tray; the face camera plays the frames given for the patient. Each file appears whole (atomic writes), so a camera
/// never opens a half-written frame.
/// </summary>
public sealed class FolderCameras(string cardFolder, string faceFolder, SyntheticFonts fonts)
{
    // the card-face camera of a reader the size of the ones card frames come in
    private const int TrayWidth = 1400;

    private readonly CardFaceRenderer _renderer = new(fonts);
    private readonly CardBackRenderer _backRenderer = new(fonts);
    private readonly CertificateRenderer _certificateRenderer = new(fonts);
    private readonly Lock _gate = new();
    // which side of whose card the card camera shows now, and the frames last rendered (kept: the same card placed
    // again looks the same, and rendering costs the CPU a real camera would not; the benchmark places one card per
    // reader many times)
    private CardView? _cardShown;
    private (CardView View, byte[][] Frames)? _rendered;

    /// <summary>
    /// Sets what the cameras show for the next patient: the card's printed face with <paramref name="chipPhoto"/> (the
    /// chip's JPEG 2000, as printed on it; a silhouette when null) and <paramref name="faceFrames"/>.
    /// </summary>
    public void Show(Persona persona, int seed, IReadOnlyList<byte[]> faceFrames, byte[]? chipPhoto = null) =>
        Show(new CardView(persona, seed, BackUp: false, chipPhoto is null ? null : Convert.ToHexString(SHA256.HashData(chipPhoto))), faceFrames, chipPhoto);

    /// <summary>The card of <paramref name="persona"/> laid back up: the card camera sees its back (R37).</summary>
    public void ShowBack(Persona persona, int seed, IReadOnlyList<byte[]> faceFrames) =>
        Show(new CardView(persona, seed, BackUp: true, Photo: null), faceFrames, null);

    private void Show(CardView view, IReadOnlyList<byte[]> faceFrames, byte[]? chipPhoto)
    {
        lock (_gate)
        {
            if (_cardShown != view)
            {
                if (_rendered is not { } rendered || rendered.View != view)
                {
                    rendered = (view, view.BackUp ? BackFrames(_backRenderer, view.Persona, view.Seed) : CardFrames(_renderer, view.Persona, view.Seed, chipPhoto));
                    _rendered = rendered;
                }
                Replace(cardFolder, rendered.Frames);
                _cardShown = view;
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
            Replace(cardFolder, CertificateFrames(_certificateRenderer, truth, seed));
            _cardShown = null;
        }
    }

    /// <summary>What the card-face camera sees of the card of <paramref name="persona"/>: three captures, each a little different.</summary>
    public static byte[][] CardFrames(CardFaceRenderer renderer, Persona persona, int seed, byte[]? chipPhoto)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using VisionImage? photo = chipPhoto is null ? null : VisionImage.Decode(chipPhoto, ImageLimits.Default);
        var captures = new byte[3][];
        for (int i = 0; i < captures.Length; i++)
        {
            using VisionImage face = renderer.Render(persona, photo, seed * 31 + i);
            captures[i] = SyntheticCamera.Capture(face, CameraEffects.None, seed * 31 + i).Jpeg;
        }
        return captures;
    }

    /// <summary>What the card-face camera sees of the card of <paramref name="persona"/> laid back up.</summary>
    public static byte[][] BackFrames(CardBackRenderer renderer, Persona persona, int seed)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var captures = new byte[3][];
        for (int i = 0; i < captures.Length; i++)
        {
            using VisionImage back = renderer.Render(persona, seed * 31 + i);
            captures[i] = SyntheticCamera.Capture(back, CameraEffects.None, seed * 31 + i).Jpeg;
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

    /// <summary>One side of one card: its persona and seed, which side is up, and (for a front) the photo printed on it by its hash.</summary>
    private sealed record CardView(Persona Persona, int Seed, bool BackUp, string? Photo);

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
