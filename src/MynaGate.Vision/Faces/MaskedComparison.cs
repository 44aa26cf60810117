namespace MynaGate.Vision.Faces;

/// <summary>How a masked live face is compared with the bare chip photo.</summary>
public enum MaskedComparison
{
    /// <summary>Whole aligned faces, as for a bare face (only the threshold differs).</summary>
    WholeFace,

    /// <summary>Both faces with the same synthetic mask painted over the lower face: only what a mask leaves visible.</summary>
    VisiblePart,

    /// <summary>The masked live face against the chip photo with a synthetic mask of the live mask's colour.</summary>
    MaskedReference,

    /// <summary>The mean of the whole-face and masked-reference similarities.</summary>
    Fused,
}
