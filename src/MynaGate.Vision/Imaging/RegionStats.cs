namespace MynaGate.Vision.Imaging;

/// <summary>Grey-level statistics of an image region: brightness, contrast and sharpness (variance of the Laplacian).</summary>
public readonly record struct RegionStats(double Mean, double StdDev, double LaplacianVariance);
