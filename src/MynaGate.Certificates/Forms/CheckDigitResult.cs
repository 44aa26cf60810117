namespace MynaGate.Certificates;

/// <summary>
/// A number's check-digit result. <see cref="Failed"/> is a warning for the staff, never a block: some numbers in use
/// fail their check (spec §4.1).
/// </summary>
public enum CheckDigitResult
{
    /// <summary>The field has no check digit.</summary>
    NotApplicable,
    Passed,
    Failed,
}
