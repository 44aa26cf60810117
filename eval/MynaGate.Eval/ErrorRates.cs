namespace MynaGate.Eval;

/// <summary>Verification error rates from genuine and impostor similarity scores (higher = more alike).</summary>
internal sealed class ErrorRates(IReadOnlyList<float> genuine, IReadOnlyList<float> impostor)
{
    private readonly float[] _impostorDescending = [.. impostor.OrderByDescending(s => s)];

    public int GenuineCount => genuine.Count;

    public int ImpostorCount => impostor.Count;

    /// <summary>The lowest threshold whose false-match rate on these impostors is at most <paramref name="fmr"/>.</summary>
    public float ThresholdAtFmr(double fmr)
    {
        int allowed = (int)Math.Floor(fmr * _impostorDescending.Length);
        return allowed >= _impostorDescending.Length ? float.MinValue : MathF.BitIncrement(_impostorDescending[allowed]);
    }

    public double Fnmr(float threshold) => genuine.Count == 0 ? double.NaN : genuine.Count(s => s < threshold) / (double)genuine.Count;

    public double Fmr(float threshold) => impostor.Count == 0 ? double.NaN : impostor.Count(s => s >= threshold) / (double)impostor.Count;

    public double FnmrAtFmr(double fmr) => Fnmr(ThresholdAtFmr(fmr));

    /// <summary>Equal error rate, scanning every observed score as a threshold.</summary>
    public double Eer()
    {
        double best = 1, bestGap = double.MaxValue;
        foreach (float t in genuine.Concat(impostor).Distinct())
        {
            double fnmr = Fnmr(t), fmr = Fmr(t), gap = Math.Abs(fnmr - fmr);
            if (gap < bestGap)
            {
                (bestGap, best) = (gap, (fnmr + fmr) / 2);
            }
        }

        return best;
    }
}
