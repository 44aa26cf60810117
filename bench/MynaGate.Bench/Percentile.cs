namespace MynaGate.Bench;

internal static class Percentile
{
    /// <summary>Nearest-rank percentile (p in 0–1) of sorted values.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
