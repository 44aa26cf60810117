using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.Synthetic;
using MynaGate.Vision.Frames;
using MynaGate.Vision.Imaging;

namespace MynaGate.Chain;

/// <summary>
/// The image-sequence cameras of one emulated reader unit: the card-face camera shows the placed card's printed face
/// (rendered from its persona as the OCR generators do) or, once the patient has placed one in 公費 paper mode, a
/// paper certificate; the face camera plays the frames given for the patient.
/// </summary>
public sealed class ChainCameras(CardFaceRenderer renderer, CertificateRenderer certificateRenderer)
{
    private const double FramesPerSecond = 15;

    private volatile byte[][] _cardFrames = [];
    private volatile byte[][] _paperFrames = [];
    private (Persona, int)? _cardShown;
    private volatile byte[][] _faceFrames = [];

    /// <summary>Sets what the cameras will show for the next patient.</summary>
    public void Show(Persona persona, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        // the same card placed again looks the same: its face is not rendered again (rendering costs the CPU a real
        // camera would not, and the benchmark places one card per reader many times)
        if (_cardShown != (persona, seed))
        {
            _cardFrames = CardFrames(renderer, persona, seed);
            _cardShown = (persona, seed);
        }
        _paperFrames = [];
        _faceFrames = [.. faceFrames];
    }

    /// <summary>Lays the certificate of <paramref name="truth"/> where the card lay, seen slightly differently in each frame.</summary>
    public void PlaceCertificate(CertificateTruth truth, int seed)
    {
        _paperFrames = CertificateFrames(certificateRenderer, truth, seed);
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

    // each session opens the cameras afresh; the sequence zeroes its copies when the session closes it
    public IFrameSource OpenCardCamera()
    {
        var frames = _paperFrames is { Length: > 0 } paper ? paper : _cardFrames;
        return new ImageSequence([.. frames.Select(f => (byte[])f.Clone())], FramesPerSecond);
    }

    public IFrameSource OpenFaceCamera() => new ImageSequence([.. _faceFrames.Select(f => (byte[])f.Clone())], FramesPerSecond);
}
