namespace MynaGate.Site.Commands;

/// <summary>Bad command-line usage: exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException() { }
    public UsageException(string message) : base(message) { }
    public UsageException(string message, Exception inner) : base(message, inner) { }
}
