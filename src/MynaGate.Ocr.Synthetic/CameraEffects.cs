namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// How strongly a simulated camera degrades a document. <see cref="Default"/> is a card held up to the camera by hand
/// and spans what the OCR must survive: rotation up to ±15°, perspective, blur, noise, uneven light and glare, JPEG
/// artefacts, scale 0.5×–2×, the card filling 50–95 % of the frame's width. <see cref="Tray"/> is the reader's own card camera looking down on the card tray.
/// </summary>
public sealed record CameraEffects
{
    public static readonly CameraEffects Default = new();

    /// <summary>The card lying in the reader's tray under a fixed camera: nearly square-on, at nearly one scale, but
    /// with the tray's lighting, the glare of the card's laminate, focus and compression as in any frame.</summary>
    public static readonly CameraEffects Tray = new()
    {
        MaxRotationDegrees = 3, MaxPerspective = 0.015, MinScale = 0.75, MaxScale = 0.95, MinMargin = 1.15, MaxMargin = 1.45,
    };

    /// <summary>No degradation except placing the document on a background at 1× scale.</summary>
    public static readonly CameraEffects None = new()
    {
        MaxRotationDegrees = 0, MaxPerspective = 0, MinScale = 1, MaxScale = 1, MaxBlurSigma = 0, MaxNoiseSigma = 0,
        MaxLightChange = 0, GlareProbability = 0, MinJpegQuality = 95, MinMargin = 1.15, MaxMargin = 1.45,
    };

    public double MaxRotationDegrees { get; init; } = 20;

    /// <summary>The frame's width over the document's rotated span: 1.05 (the card fills 95 % of it) to 2 (50 %).</summary>
    public double MinMargin { get; init; } = 1.05;

    public double MaxMargin { get; init; } = 2.0;

    /// <summary>Largest corner displacement as a fraction of the document's width.</summary>
    public double MaxPerspective { get; init; } = 0.06;

    /// <summary>Document width in the frame relative to its canonical width.</summary>
    public double MinScale { get; init; } = 0.5;

    public double MaxScale { get; init; } = 2.0;

    /// <summary>Largest Gaussian blur, in canonical-document pixels (scaled with the document).</summary>
    public double MaxBlurSigma { get; init; } = 1.6;

    public double MaxNoiseSigma { get; init; } = 8;

    /// <summary>Largest brightness change (gain and gradients) as a factor.</summary>
    public double MaxLightChange { get; init; } = 0.3;

    public double GlareProbability { get; init; } = 0.4;

    public int MinJpegQuality { get; init; } = 50;
}
