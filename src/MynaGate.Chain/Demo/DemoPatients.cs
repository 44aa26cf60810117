using MynaGate.Onshi.Seeding;

namespace MynaGate.Chain.Demo;

/// <summary>The demo's patients, from the face datasets in MYNAGATE_SHARED: the holder, an impostor, a masked holder, a holder with 受給者証 on PMH.</summary>
public static class DemoPatients
{
    public static IReadOnlyList<DemoPatient> Load(string shared)
    {
        string unit = Path.Combine(shared, "datasets", "deepface-unit");
        string mfr2 = Path.Combine(shared, "datasets", "mfr2-dev", "BenAffleck");
        string[] Unit(params int[] numbers) => [.. numbers.Select(n => Path.Combine(unit, $"img{n}.jpg"))];
        string Masked(int n) => Path.Combine(mfr2, $"BenAffleck_{n:D4}.png");
        var patients = new List<DemoPatient>
        {
            new("holder", "本人 (顔認証が通る)", 301, Unit(1)[0], Unit(2, 4, 5, 6, 7, 10)),
            new("impostor", "他人がカメラの前に (顔認証が通らない)", 302, Unit(1)[0], Unit(13, 14, 15, 16, 17, 20)),
            // masked frames the recognizer does not match through the mask (2 and 6: `face compare` against 3 says
            // "no match", where 1, 4 and 5 match), so the reader asks to lower it; then the bare face, 7
            new("masked", "マスクの本人 (マスクを外すよう求められる)", 303, Masked(3),
                [Masked(2), Masked(6), Masked(2), Masked(6), Masked(2), Masked(6), .. Enumerable.Repeat(Masked(7), 6)]),
            // the holder's face on a card of their own, whose municipality's 受給者証 are on PMH (R39)
            new("subsidised", "医療費助成の受給者証がある本人 (PMH)", 304, Unit(1)[0], Unit(2, 4, 5, 6, 7, 10)) { Scenario = EnrolmentScenario.MedicalSubsidies },
        };
        return [.. patients.Where(p => File.Exists(p.ChipPhoto) && p.CameraFrames.All(File.Exists))];
    }
}
