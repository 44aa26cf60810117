namespace MynaGate.Vision.Faces;

/// <summary>Milliseconds spent in each stage of one frame's analysis (0 for a stage that did not run).</summary>
public sealed record StageTimings(double Detect, double Quality, double Embed, double Liveness)
{
    public double Total => Detect + Quality + Embed + Liveness;
}
