namespace MynaGate.Admin.Accounts;

public enum SignInResult
{
    SignedIn,
    /// <summary>Unknown name or wrong password; the two are not told apart.</summary>
    Refused,
    /// <summary>
    /// Too many wrong passwords in a row from this address: the account waits out <see cref="ConsoleAccounts.LockoutTime"/>
    /// there. Logged as such; answered exactly like <see cref="Refused"/>.
    /// </summary>
    LockedOut,

    /// <summary>The client's address used its share of sign-in attempts (<see cref="SignInThrottle"/>); nothing was hashed. Answered like <see cref="Refused"/>.</summary>
    Throttled,
}
