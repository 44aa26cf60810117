namespace MynaGate.Terminal.Relay;

/// <summary>The national service could not be asked, or refused; <see cref="Code"/> is a <see cref="MynaGate.Link.Messages.LinkErrorCodes"/> code.</summary>
/// <param name="serviceFault">
/// The service itself failed (no connection, no answer in time, an HTTP 5xx), as opposed to answering something we
/// refuse: only these count towards an outage (<see cref="NationalServiceWatch"/>).
/// </param>
public sealed class NationalServiceException(string code, string message, Exception? inner = null, bool serviceFault = false) : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool ServiceFault { get; } = serviceFault;
}
