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
/// person's images shown in turn (over again, as a patient standing still), decided by <see cref="FaceDecision"/> at
/// the shipped thresholds. A masked attempt that ends in "please lower your mask" is tried again with the person's
/// bare images, as the flow does. Genuine attempts use the person's images other than the chip photo's; impostor
/// attempts show every other person's images to each chip photo.
/// </summary>
internal static class ReaderAttempts
{
    public static IReadOnlyList<AttemptRow> Run(FaceEngine engine, IReadOnlyList<ObservedImage> images, IReadOnlyList<Reference> references)
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
                bool genuine = identity == reference.Image.Identity;
                FaceObservation[] bare = [.. own.Where(i => !i.Image.Masked && i.Image.Path != reference.Image.Path).Select(i => i.Observation)];
                FaceObservation[] masked = [.. own.Where(i => i.Image.Masked).Select(i => i.Observation)];
                string who = genuine ? "genuine" : "impostor";
                if (bare.Length > 0)
                {
                    Count($"{who}, bare face", Attempt(engine, reference.Faces!, bare));
                }

                if (masked.Length > 0)
                {
                    FaceVerificationOutcome first = Attempt(engine, reference.Faces!, masked);
                    Count($"{who}, masked (first try)", first);
                    Count($"{who}, masked then lowered", first == FaceVerificationOutcome.LowerMask && bare.Length > 0 ? Attempt(engine, reference.Faces!, bare) : first);
                }
            }
        }

        string[] order = ["genuine, bare face", "genuine, masked (first try)", "genuine, masked then lowered", "impostor, bare face", "impostor, masked (first try)", "impostor, masked then lowered"];
        return [.. order.Where(rows.ContainsKey).Select(name => new AttemptRow(name, rows[name]))];
    }

    public static void Print(IReadOnlyList<AttemptRow> rows)
    {
        FaceVerificationOutcome[] shown = [FaceVerificationOutcome.Matched, FaceVerificationOutcome.NotMatched, FaceVerificationOutcome.LowerMask, FaceVerificationOutcome.NotLive, FaceVerificationOutcome.TimedOut];
        Console.WriteLine("as the reader decides (FaceDecision at the shipped thresholds; an attempt's frames are the person's other images in turn):");
        Console.WriteLine($"{"attempts",-32} {"n",6} " + string.Join(' ', shown.Select(o => $"{o,11}")));
        foreach (AttemptRow row in rows)
        {
            Console.WriteLine($"{row.Name,-32} {row.Count,6} " + string.Join(' ', shown.Select(o => $"{FaceEvaluation.Pct(row.Share(o)),11}")));
        }
    }

    // the frames shown in turn until the rule decides; the cap stands in for the time budget (every frame seen twice and a decision's worth more)
    private static FaceVerificationOutcome Attempt(FaceEngine engine, ReferenceFace reference, FaceObservation[] frames)
    {
        DecisionPolicy policy = engine.Options.Decision;
        var decision = new FaceDecision(policy, engine.Thresholds.Unmasked);
        int cap = (2 * frames.Length) + policy.FramesToDecide;
        for (int i = 0; i < cap; i++)
        {
            if (decision.Add(engine.Analyse(frames[i % frames.Length], reference), TimeSpan.Zero) is { } decided)
            {
                return decided.Outcome;
            }
        }

        return decision.BudgetEnded(TimeSpan.Zero).Outcome;
    }
}
