using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>How the attempts of one kind ended, counted by outcome.</summary>
internal sealed record AttemptRow(string Name, IReadOnlyDictionary<FaceVerificationOutcome, int> Outcomes)
{
    public int Count => Outcomes.Values.Sum();

    public double Share(FaceVerificationOutcome outcome) => Count == 0 ? double.NaN : Outcomes.GetValueOrDefault(outcome) / (double)Count;
}

/// <summary>
/// Verification attempts as the reader makes them, replayed on recorded images: an attempt's live frames are a
/// person's images shown in turn (over again, as a patient standing still), decided by <see cref="FaceDecision"/>.
/// A masked attempt that ends in "please lower your mask" is tried again with the person's bare images, as the flow
/// does. Genuine attempts use the person's images other than the chip photo's; impostor attempts show other
/// people's images to each chip photo. <c>analyse</c> compares a recorded frame with a chip photo (at the shipped
/// thresholds, or at a fold's).
/// </summary>
internal static class ReaderAttempts
{
    public static readonly string[] Rows =
        ["genuine, bare face", "genuine, masked (first try)", "genuine, masked then lowered", "impostor, bare face", "impostor, masked (first try)", "impostor, masked then lowered"];

    public static IReadOnlyList<AttemptRow> Run(
        IReadOnlyList<ObservedImage> images, IEnumerable<Reference> references, Func<Reference, ObservedImage, FrameAnalysis> analyse,
        DecisionPolicy policy, float unmaskedThreshold)
    {
        var rows = new Dictionary<string, Dictionary<FaceVerificationOutcome, int>>(StringComparer.Ordinal);
        void Count(string row, FaceVerificationOutcome outcome)
        {
            if (!rows.TryGetValue(row, out var counts)) rows[row] = counts = [];
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }

        var byIdentity = images.GroupBy(i => i.Image.Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (Reference reference in references.Where(r => r.Faces is not null))
        {
            foreach ((string identity, List<ObservedImage> own) in byIdentity)
            {
                string who = identity == reference.Image.Identity ? "genuine" : "impostor";
                FrameAnalysis[] bare = [.. own.Where(i => !i.Image.Masked && i.Image.Path != reference.Image.Path).Select(i => analyse(reference, i))];
                FrameAnalysis[] masked = [.. own.Where(i => i.Image.Masked).Select(i => analyse(reference, i))];
                if (bare.Length > 0)
                {
                    Count($"{who}, bare face", Attempt(policy, unmaskedThreshold, bare));
                }

                if (masked.Length > 0)
                {
                    FaceVerificationOutcome first = Attempt(policy, unmaskedThreshold, masked);
                    Count($"{who}, masked (first try)", first);
                    Count($"{who}, masked then lowered", first == FaceVerificationOutcome.LowerMask && bare.Length > 0 ? Attempt(policy, unmaskedThreshold, bare) : first);
                }
            }
        }

        return [.. Rows.Where(rows.ContainsKey).Select(name => new AttemptRow(name, rows[name]))];
    }

    public static void Print(string title, IReadOnlyList<AttemptRow> rows)
    {
        FaceVerificationOutcome[] shown = [FaceVerificationOutcome.Matched, FaceVerificationOutcome.NotMatched, FaceVerificationOutcome.LowerMask, FaceVerificationOutcome.NotLive, FaceVerificationOutcome.TimedOut];
        Console.WriteLine(title);
        Console.WriteLine($"{"attempts",-32} {"n",6} " + string.Join(' ', shown.Select(o => $"{o,11}")));
        foreach (AttemptRow row in rows)
        {
            Console.WriteLine($"{row.Name,-32} {row.Count,6} " + string.Join(' ', shown.Select(o => $"{FaceEvaluation.Pct(row.Share(o)),11}")));
        }
    }

    // the frames shown in turn until the rule decides; the cap stands in for the time budget (every frame seen twice and a decision's worth more)
    private static FaceVerificationOutcome Attempt(DecisionPolicy policy, float unmaskedThreshold, FrameAnalysis[] frames)
    {
        var decision = new FaceDecision(policy, unmaskedThreshold);
        int cap = (2 * frames.Length) + policy.FramesToDecide;
        for (int i = 0; i < cap; i++)
        {
            if (decision.Add(frames[i % frames.Length], TimeSpan.Zero) is { } decided)
            {
                return decided.Outcome;
            }
        }

        return decision.BudgetEnded(TimeSpan.Zero).Outcome;
    }
}
