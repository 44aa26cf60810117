using MynaGate.Vision.Faces;

namespace MynaGate.Eval;

/// <summary>
/// What each quality check costs and saves, one frame at a time at the shipped thresholds: the single-frame rates with
/// the gate as shipped, with one check switched off (frames it alone held back are compared), and with no gate at
/// all. A check earns its place when switching it off raises the FMR or the FNMR; one whose frames would mostly have
/// matched their own person and no one else only sends patients to the PIN.
/// </summary>
internal static class QualityGateAblation
{
    public static void Print(FaceEngine engine, IReadOnlyList<ObservedImage> observed, IReadOnlyList<Probe> probes, IReadOnlyList<Reference> references)
    {
        // every detected face's embedding, gated or not (probes[i] is observed[i]'s image, embedded whatever its quality)
        var ungated = observed.Zip(probes, (o, p) => (Observed: o, Compared: o.Observation.Face is not null && p.Faces is not null
            ? new FaceObservation(o.Observation.Face, o.Observation.Quality, p.Faces, null, o.Observation.Timings) : null)).ToList();
        QualityReason[] reasons = [.. observed.SelectMany(o => o.Observation.Quality?.Reasons ?? []).Distinct().Order()];

        Console.WriteLine("the quality gate, one check at a time (one frame, shipped thresholds; a held-back frame counts as not matched):");
        Console.WriteLine($"  {"gate",-28} {"frames compared",16} {"unmasked FNMR",14} {"masked FNMR",12} {"FMR",8}");
        Row("as shipped", []);
        foreach (QualityReason reason in reasons)
        {
            Row($"without {reason}", [reason]);
        }

        Row("no gate", reasons);

        void Row(string name, IReadOnlyCollection<QualityReason> off)
        {
            var usable = ungated.Where(u => u.Compared is not null && u.Observed.Observation.Quality!.Reasons.All(off.Contains)).ToList();
            var compared = usable.ToDictionary(u => u.Observed, u => u.Compared!);
            ShippedRates rates = ShippedSingleImage.Count(observed, references,
                (reference, image) => compared.TryGetValue(image, out FaceObservation? frame) && engine.Analyse(frame, reference.Faces!).Matches);
            Console.WriteLine($"  {name,-28} {usable.Count + " of " + observed.Count,16} {FaceEvaluation.Pct(rates.UnmaskedFnmr),14} " +
                $"{FaceEvaluation.Pct(rates.MaskedFnmr),12} {(rates.Fmr * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " %",8}");
        }
    }
}
