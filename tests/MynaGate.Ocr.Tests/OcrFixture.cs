using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Models;

namespace MynaGate.Ocr.Tests;

/// <summary>Fonts, Tesseract engines and the card renderer, set up once for all OCR tests.</summary>
public sealed class OcrFixture : IDisposable
{
    public OcrFixture()
    {
        Fonts = SyntheticFonts.Load();
        Pool = new TesseractPool();
        Renderer = new CardFaceRenderer(Fonts);
        Paddle = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        Orientation = PaddleOrientation.Load(ModelDirectory.Resolve());
        Detector = PaddleTextDetector.Load(ModelDirectory.Resolve());
        Reader = new CardFaceFrameReader(Pool, Detector, Paddle, Orientation);
        CertificateRenderer = new CertificateRenderer(Fonts);
        CertificateReader = new CertificateReader(Pool, Paddle);
    }

    public SyntheticFonts Fonts { get; }

    public TesseractPool Pool { get; }

    public PaddleTextRecognizer Paddle { get; }

    public PaddleOrientation Orientation { get; }

    public PaddleTextDetector Detector { get; }

    public CardFaceRenderer Renderer { get; }

    public CardFaceFrameReader Reader { get; }

    public CertificateRenderer CertificateRenderer { get; }

    public CertificateReader CertificateReader { get; }

    public void Dispose()
    {
        Pool.Dispose();
        Paddle.Dispose();
        Orientation.Dispose();
        Detector.Dispose();
        Fonts.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class OcrGroup : ICollectionFixture<OcrFixture>
{
    public const string Name = "ocr";
}
