namespace MynaGate.Bench.Relay;

/// <summary>The terminal answered a simulated reader with an error code, or without the field the step needs (the reader's E-code for a silent terminal).</summary>
internal sealed class RelayRefusedException(string code) : Exception($"The terminal refused the step ({code}).")
{
    public string Code { get; } = code;
}
