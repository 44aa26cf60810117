namespace MynaGate.Admin.Accounts;

public enum SignInResult
{
    SignedIn,
    /// <summary>Unknown name or wrong password; the two are not told apart.</summary>
    Refused,
    /// <summary>Too many wrong passwords in a row: the account waits out <see cref="ConsoleAccounts.LockoutTime"/>.</summary>
    LockedOut,
}
