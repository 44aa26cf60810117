namespace MynaGate.Reader.Flow;

/// <summary>Ends the patient's session with an error code (reader E…, terminal T…, national service Q…) and its message.</summary>
public sealed class FlowEndedException(string code, string? message = null) : Exception(message ?? FlowErrors.Message(code))
{
    public string Code { get; } = code;
}
