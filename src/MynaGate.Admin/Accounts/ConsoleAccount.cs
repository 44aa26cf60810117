namespace MynaGate.Admin.Accounts;

/// <summary>
/// A staff account of the console as stored: its password hash and role. Failed sign-ins are counted in memory per
/// client address (files of earlier versions may still hold a count; it is ignored).
/// </summary>
public sealed record ConsoleAccount(string Name, PasswordHash Password)
{
    public ConsoleRole Role { get; init; } = ConsoleRole.Admin;

    /// <summary>A disabled account cannot sign in; it is kept, with its role, until enabled or deleted.</summary>
    public bool Disabled { get; init; }
}
