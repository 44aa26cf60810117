namespace MynaGate.Hosting;

/// <summary>A host could not start for a reason its operator can fix (a port taken, a file missing); the message says which.</summary>
public sealed class HostStartException : Exception
{
    public HostStartException() { }
    public HostStartException(string message) : base(message) { }
    public HostStartException(string message, Exception inner) : base(message, inner) { }
}
