using MynaGate.Onshi.Seeding;

namespace MynaGate.Chain.Demo;

/// <summary>
/// A patient the demo can send to a reader: a virtual card (its seed and the chip photo's source) and what the face
/// camera will see. All of it synthetic or from ../shared/datasets.
/// </summary>
public sealed record DemoPatient(string Key, string Label, int Seed, string ChipPhoto, IReadOnlyList<string> CameraFrames)
{
    /// <summary>What the national service knows of them.</summary>
    public EnrolmentScenario Scenario { get; init; } = EnrolmentScenario.Insured;

    public IReadOnlyList<byte[]> LoadFrames() => [.. CameraFrames.Select(File.ReadAllBytes)];
}
