using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.Synthetic;
using MynaGate.Storage;

namespace MynaGate.Chain;

/// <summary>
/// The image-sequence cameras of a reader that runs as a process of its own: the frames are JPEG files in the folders
/// its configuration names (Reader:CardCamera:Folder, Reader:FaceCamera:Folder), which it reads each time a session
/// opens a camera. Each file appears whole (atomic writes), so a camera never opens a half-written frame.
/// </summary>
public sealed class FolderCameras(string cardFolder, string faceFolder, CardFaceRenderer renderer, CertificateRenderer certificateRenderer)
{
    /// <summary>Sets what the cameras show for the next patient: the card's printed face and <paramref name="faceFrames"/>.</summary>
    public void Show(Persona persona, int seed, IReadOnlyList<byte[]> faceFrames)
    {
        Replace(cardFolder, ChainCameras.CardFrames(renderer, persona, seed));
        Replace(faceFolder, faceFrames);
    }

    /// <summary>Lays the certificate of <paramref name="truth"/> where the card lay.</summary>
    public void PlaceCertificate(CertificateTruth truth, int seed) => Replace(cardFolder, ChainCameras.CertificateFrames(certificateRenderer, truth, seed));

    private static void Replace(string folder, IReadOnlyList<byte[]> frames)
    {
        Directory.CreateDirectory(folder);
        foreach (string old in Directory.GetFiles(folder, "*.jpg")) File.Delete(old);
        for (int i = 0; i < frames.Count; i++) AtomicFileWriter.Replace(Path.Combine(folder, $"frame-{i:D3}.jpg"), frames[i]);
    }
}
