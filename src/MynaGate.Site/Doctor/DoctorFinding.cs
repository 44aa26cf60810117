namespace MynaGate.Site.Doctor;

/// <summary>One line of <c>mynagate doctor</c>: what was checked, how it went, what was seen and what to do about a problem.</summary>
public sealed record DoctorFinding(string Check, DoctorResult Result, string Detail, string? Action = null)
{
    public static DoctorFinding Ok(string check, string detail) => new(check, DoctorResult.Ok, detail);

    public static DoctorFinding Warning(string check, string detail, string action) => new(check, DoctorResult.Warning, detail, action);

    public static DoctorFinding Failed(string check, string detail, string action) => new(check, DoctorResult.Failed, detail, action);
}

/// <summary>A warning does not stop the system from working (no UVC camera: the image-sequence cameras are used).</summary>
public enum DoctorResult
{
    Ok,
    Warning,
    Failed,
}
