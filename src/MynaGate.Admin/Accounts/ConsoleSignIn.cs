using Microsoft.AspNetCore.Http;

namespace MynaGate.Admin.Accounts;

/// <summary>One sign-in attempt as the console's form and the installer API's Basic auth make it: throttled by the client's address, then checked.</summary>
public static class ConsoleSignIn
{
    public static async Task<SignInResult> AttemptAsync(ConsoleAccounts accounts, SignInThrottle throttle, string name, string password, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(throttle);
        ArgumentNullException.ThrowIfNull(http);
        string client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var permit = throttle.TryStart(client);
        if (permit is null) return SignInResult.Throttled;
        var result = await accounts.SignInAsync(name, password, client).ConfigureAwait(false);
        if (result != SignInResult.SignedIn) throttle.Failed(client);
        return result;
    }
}
