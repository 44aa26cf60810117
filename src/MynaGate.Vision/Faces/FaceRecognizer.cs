using System.Drawing;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Faces;

/// <summary>Aligns a detected face to the recognizer's template and turns it into an embedding.</summary>
public sealed unsafe class FaceRecognizer : IDisposable
{
    // What a mask covers, as fractions of the aligned face: from just under the eyes, over the nose, to the chin.
    private static readonly PointF[] LowerFaceOutline =
        [new(0.0f, 0.58f), new(0.25f, 0.55f), new(0.5f, 0.53f), new(0.75f, 0.55f), new(1.0f, 0.58f), new(1.0f, 1.0f), new(0.0f, 1.0f)];

    private readonly IEmbeddingNetwork _network;

    private FaceRecognizer(IEmbeddingNetwork network, RecognizerDescriptor descriptor)
    {
        _network = network;
        Descriptor = descriptor;
    }

    public RecognizerDescriptor Descriptor { get; }

    /// <summary>Loads the descriptor's model (sha256 checked) into the runtime it names.</summary>
    public static FaceRecognizer Create(RecognizerDescriptor descriptor, string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Validate();
        byte[] model = descriptor.Model.ReadVerified(modelDirectory);
        IEmbeddingNetwork network = descriptor.Runtime == RecognizerDescriptor.OnnxRuntime
            ? OnnxEmbeddingNetwork.Create(descriptor, model)
            : OpenCvEmbeddingNetwork.Create(descriptor, model);
        return new FaceRecognizer(network, descriptor);
    }

    /// <summary>The face warped by a similarity transform so its landmarks sit on the template (BGR).</summary>
    public VisionImage Align(VisionImage frame, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(face);
        float* landmarks = stackalloc float[10];
        for (int i = 0; i < 5; i++)
        {
            landmarks[2 * i] = face.Landmarks[i].X;
            landmarks[(2 * i) + 1] = face.Landmarks[i].Y;
        }

        fixed (float* template = Descriptor.Template)
        {
            return VisionImage.FromCall(
                VisionNative.mgv_face_align(frame.Handle, landmarks, template, Descriptor.InputWidth, Descriptor.InputHeight, out ImageHandle aligned), aligned);
        }
    }

    /// <summary>The aligned face's embedding (with <see cref="RecognizerDescriptor.FlipAugmentation"/>, the normalised mean of it and its mirror's).</summary>
    public FaceEmbedding Embed(VisionImage aligned)
    {
        ArgumentNullException.ThrowIfNull(aligned);
        float[] vector = _network.Run(aligned);
        if (Descriptor.FlipAugmentation)
        {
            double[] mirror = [-1, 0, aligned.Width - 1, 0, 1, 0];
            using VisionImage flipped = aligned.WarpAffine(mirror, aligned.Width, aligned.Height);
            float[] second = _network.Run(flipped);
            double norm = 0;
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] += second[i];
                norm += vector[i] * (double)vector[i];
            }

            Array.Clear(second);
            float scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] *= scale;
            }
        }

        return new FaceEmbedding(vector);
    }

    /// <summary>
    /// Paints a uniform synthetic mask of <paramref name="colour"/> over the lower face of an aligned image, so a
    /// masked probe and a bare reference can be compared with the same occluder on both.
    /// </summary>
    public static void CoverLowerFace(VisionImage aligned, Color colour)
    {
        ArgumentNullException.ThrowIfNull(aligned);
        var outline = new PointF[LowerFaceOutline.Length];
        for (int i = 0; i < outline.Length; i++)
        {
            outline[i] = new PointF(LowerFaceOutline[i].X * aligned.Width, LowerFaceOutline[i].Y * aligned.Height);
        }

        aligned.FillPolygon(outline, colour);
    }

    /// <summary>Mean colour of the mouth and chin area of an aligned face (the mask's colour when one is worn).</summary>
    public static Color LowerFaceColour(VisionImage aligned)
    {
        ArgumentNullException.ThrowIfNull(aligned);
        var area = Rectangle.Round(new RectangleF(0.3f * aligned.Width, 0.76f * aligned.Height, 0.4f * aligned.Width, 0.16f * aligned.Height));
        using VisionImage patch = aligned.Crop(area);
        using VisionImage bgr = patch.ToBgr();
        byte[] pixels = bgr.ToPixels();
        long b = 0, g = 0, r = 0;
        for (int i = 0; i < pixels.Length; i += 3)
        {
            b += pixels[i];
            g += pixels[i + 1];
            r += pixels[i + 2];
        }

        int n = pixels.Length / 3;
        Array.Clear(pixels);
        return Color.FromArgb((int)(r / n), (int)(g / n), (int)(b / n));
    }

    public void Dispose() => _network.Dispose();
}
