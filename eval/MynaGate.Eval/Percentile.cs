namespace MynaGate.Eval;

internal static class Percentile
{
    /// <summary>Nearest-rank percentile (p in 0–100) of the values; NaN when there are none.</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
