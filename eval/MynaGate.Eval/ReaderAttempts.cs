using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>How the attempts of one kind ended, counted by outcome, and how many frames each took (the patient's wait).</summary>
internal sealed record AttemptRow(string Name, IReadOnlyDictionary<FaceVerificationOutcome, int> Outcomes, IReadOnlyList<int> Frames)
{
    public int Count => Outcomes.Values.Sum();

    public double Share(FaceVerificationOutcome outcome) => Count == 0 ? double.NaN : Outcomes.GetValueOrDefault(outcome) / (double)Count;

    /// <summary>Rows of the same names added up (the folds of a cross-validation), in <see cref="ReaderAttempts.Rows"/> order.</summary>
    public static IReadOnlyList<AttemptRow> Sum(IEnumerable<AttemptRow> rows)
    {
        var byName = rows.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. ReaderAttempts.Rows.Where(byName.ContainsKey).Select(name => new AttemptRow(name,
            byName[name].SelectMany(r => r.Outcomes).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
            [.. byName[name].SelectMany(r => r.Frames)]))];
    }
}

/// <summary>
/// Verification attempts as the reader makes them, replayed on recorded images: an attempt's live frames are a
/// person's images shown in turn (over again, as a patient standing still), decided by <see cref="FaceDecision"/>
/// until the policy's time budget, counted in frames at the camera's frame rate, runs out. A masked attempt that ends
/// in "please lower your mask" is tried again with the person's bare images, as the flow does; its wait is both
/// tries. When the person has no bare image but the chip's own, the lowering cannot be shown: such an attempt is
/// counted apart ("no bare image left"), in neither the matched nor the failed ones. Genuine attempts use the person's images other than the chip photo's; impostor attempts show other people's
/// images to each chip photo. <c>analyse</c> compares a recorded frame with a chip photo (at the shipped thresholds,
/// or at a fold's).
/// </summary>
internal static class ReaderAttempts
{
    public static readonly string[] Rows =
        ["genuine, bare face", "genuine, masked (first try)", "genuine, masked then lowered", "genuine, asked to lower, no bare image left",
         "impostor, bare face", "impostor, masked (first try)", "impostor, masked then lowered", "impostor, asked to lower, no bare image left"];

    public static IReadOnlyList<AttemptRow> Run(
        IReadOnlyList<ObservedImage> images, IEnumerable<Reference> references, Func<Reference, ObservedImage, FrameAnalysis> analyse,
        DecisionPolicy policy, float unmaskedThreshold, double framesPerSecond)
    {
        var rows = new Dictionary<string, (Dictionary<FaceVerificationOutcome, int> Outcomes, List<int> Frames)>(StringComparer.Ordinal);
        void Count(string row, FaceVerificationOutcome outcome, int frames)
        {
            if (!rows.TryGetValue(row, out var counts)) rows[row] = counts = ([], []);
            counts.Outcomes[outcome] = counts.Outcomes.GetValueOrDefault(outcome) + 1;
            counts.Frames.Add(frames);
        }

        int budget = BudgetFrames(policy, framesPerSecond);
        var byIdentity = images.GroupBy(i => i.Image.Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (Reference reference in references.Where(r => r.Faces is not null))
        {
            foreach ((string identity, List<ObservedImage> own) in byIdentity)
            {
                string who = identity == reference.Image.Identity ? "genuine" : "impostor";
                FrameAnalysis[] bare = [.. own.Where(i => !i.Image.Masked && i.Image.Path != reference.Image.Path).Select(i => analyse(reference, i))];
                FrameAnalysis[] masked = [.. own.Where(i => i.Image.Masked).Select(i => analyse(reference, i))];
                FaceVerification? bareTry = bare.Length > 0 ? Attempt(policy, unmaskedThreshold, bare, budget) : null;
                if (bareTry is not null)
                {
                    Count($"{who}, bare face", bareTry.Outcome, bareTry.FramesSeen);
                }

                if (masked.Length > 0)
                {
                    FaceVerification first = Attempt(policy, unmaskedThreshold, masked, budget);
                    Count($"{who}, masked (first try)", first.Outcome, first.FramesSeen);
                    if (first.Outcome != FaceVerificationOutcome.LowerMask)
                    {
                        Count($"{who}, masked then lowered", first.Outcome, first.FramesSeen);
                    }
                    else if (bareTry is not null)
                    {
                        Count($"{who}, masked then lowered", bareTry.Outcome, first.FramesSeen + bareTry.FramesSeen);
                    }
                    else
                    {
                        // asked to lower the mask, with no bare image of the person but the chip's own: the lowered
                        // face cannot be shown, so the attempt is not counted as either outcome
                        Count($"{who}, asked to lower, no bare image left", first.Outcome, first.FramesSeen);
                    }
                }
            }
        }

        return [.. Rows.Where(rows.ContainsKey).Select(name => new AttemptRow(name, rows[name].Outcomes, rows[name].Frames))];
    }

    /// <summary>A row that ends genuine attempts: bare, or masked then lowered (a first try is part of the latter).</summary>
    public static bool IsGenuineOutcome(AttemptRow row) => row.Name is "genuine, bare face" or "genuine, masked then lowered";

    /// <summary>The wait of every genuine attempt, bare and masked-then-lowered, in frames.</summary>
    public static IReadOnlyList<double> GenuineFrames(IEnumerable<AttemptRow> rows) =>
        [.. rows.Where(IsGenuineOutcome).SelectMany(r => r.Frames).Select(f => (double)f)];

    /// <summary>The policy's time budget in frames at the camera's frame rate.</summary>
    public static int BudgetFrames(DecisionPolicy policy, double framesPerSecond) =>
        Math.Max(1, (int)Math.Ceiling(policy.BudgetMilliseconds * framesPerSecond / 1000));

    public static void Print(string title, IReadOnlyList<AttemptRow> rows, double framesPerSecond)
    {
        FaceVerificationOutcome[] shown = [FaceVerificationOutcome.Matched, FaceVerificationOutcome.NotMatched, FaceVerificationOutcome.LowerMask, FaceVerificationOutcome.NotLive, FaceVerificationOutcome.TimedOut];
        Console.WriteLine(title);
        Console.WriteLine($"{"attempts",-44} {"n",6} " + string.Join(' ', shown.Select(o => $"{o,11}")) + $" {"wait p50/p95 frames",20} {"s at " + framesPerSecond + " fps",14}");
        foreach (AttemptRow row in rows)
        {
            double p50 = Percentile.Of(row.Frames.Select(f => (double)f), 50), p95 = Percentile.Of(row.Frames.Select(f => (double)f), 95);
            Console.WriteLine($"{row.Name,-44} {row.Count,6} " + string.Join(' ', shown.Select(o => $"{FaceEvaluation.Pct(row.Share(o)),11}")) +
                $" {$"{p50:F0} / {p95:F0}",20} {$"{p50 / framesPerSecond:F1} / {p95 / framesPerSecond:F1}",14}");
        }
    }

    // the frames shown in turn until the rule decides or the budget runs out
    private static FaceVerification Attempt(DecisionPolicy policy, float unmaskedThreshold, FrameAnalysis[] frames, int budget)
    {
        var decision = new FaceDecision(policy, unmaskedThreshold);
        for (int i = 0; i < budget; i++)
        {
            if (decision.Add(frames[i % frames.Length], TimeSpan.Zero) is { } decided)
            {
                return decided;
            }
        }

        return decision.BudgetEnded(TimeSpan.Zero);
    }
}
