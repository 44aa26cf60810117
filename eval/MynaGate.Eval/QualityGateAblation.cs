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
            int genuineUnmasked = 0, genuineMasked = 0, impostors = 0, missedUnmasked = 0, missedMasked = 0, falseMatches = 0;
            var compared = usable.ToDictionary(u => u.Observed, u => u.Compared!);
            foreach (Reference reference in references.Where(r => r.Faces is not null))
            {
                foreach (ObservedImage image in observed.Where(i => i.Image.Path != reference.Image.Path))
                {
                    bool matched = compared.TryGetValue(image, out FaceObservation? frame) && engine.Analyse(frame, reference.Faces!).Matches;
                    if (image.Image.Identity != reference.Image.Identity)
                    {
                        impostors++;
                        falseMatches += matched ? 1 : 0;
                    }
                    else if (image.Image.Masked)
                    {
                        genuineMasked++;
                        missedMasked += matched ? 0 : 1;
                    }
                    else
                    {
                        genuineUnmasked++;
                        missedUnmasked += matched ? 0 : 1;
                    }
                }
            }

            Console.WriteLine($"  {name,-28} {usable.Count + " of " + observed.Count,16} {FaceEvaluation.Pct(missedUnmasked / (double)Math.Max(1, genuineUnmasked)),14} " +
                $"{FaceEvaluation.Pct(missedMasked / (double)Math.Max(1, genuineMasked)),12} {(falseMatches * 100.0 / Math.Max(1, impostors)).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " %",8}");
        }
    }
}
