namespace MynaGate.Admin.Accounts;

/// <summary>A staff account of the console as stored: its password hash and its run of failed sign-ins.</summary>
public sealed record ConsoleAccount(string Name, PasswordHash Password)
{
    public int Failures { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public ConsoleRole Role { get; init; } = ConsoleRole.Admin;
}
