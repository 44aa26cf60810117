using System.Text.Json;
using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Admin.Accounts;

/// <summary>
/// The console's staff accounts in one JSON file of the terminal's state folder. After
/// <see cref="AttemptsBeforeLockout"/> wrong passwords in a row an account is locked for <see cref="LockoutTime"/>,
/// even against the right password; a sign-in with an unknown name costs the same hashing as a wrong password.
/// </summary>
public sealed class ConsoleAccounts(string path, TimeProvider clock) : IDisposable
{
    public const int AttemptsBeforeLockout = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 10;

    private static readonly PasswordHash Decoy = PasswordHash.Create(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Whether any account exists (none on a terminal's first start).</summary>
    public bool Any => Load().Count > 0;

    /// <summary>Creates the account or replaces its password (and clears its lockout).</summary>
    public async Task SetPasswordAsync(string name, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinPasswordLength) throw new ArgumentException($"A console password needs at least {MinPasswordLength} characters.", nameof(password));
        var hash = await Task.Run(() => PasswordHash.Create(password)).ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var accounts = Load();
            accounts.RemoveAll(a => a.Name == name);
            accounts.Add(new ConsoleAccount(name, hash));
            Save(accounts);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<SignInResult> SignInAsync(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var accounts = Load();
            int index = accounts.FindIndex(a => a.Name == name);
            var now = clock.GetUtcNow();
            if (index < 0)
            {
                await Task.Run(() => Decoy.Matches(password)).ConfigureAwait(false);
                return SignInResult.Refused;
            }
            var account = accounts[index];
            if (account.LockedUntil is { } until && until > now) return SignInResult.LockedOut;
            bool matches = await Task.Run(() => account.Password.Matches(password)).ConfigureAwait(false);
            if (matches)
            {
                accounts[index] = account with { Failures = 0, LockedUntil = null };
                Save(accounts);
                return SignInResult.SignedIn;
            }
            int failures = account.Failures + 1;
            bool locked = failures >= AttemptsBeforeLockout;
            accounts[index] = account with { Failures = locked ? 0 : failures, LockedUntil = locked ? now + LockoutTime : null };
            Save(accounts);
            return locked ? SignInResult.LockedOut : SignInResult.Refused;
        }
        finally
        {
            _gate.Release();
        }
    }

    private List<ConsoleAccount> Load() =>
        File.Exists(path) ? JsonSerializer.Deserialize<List<ConsoleAccount>>(File.ReadAllBytes(path), LinkJson.Options) ?? [] : [];

    private void Save(List<ConsoleAccount> accounts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // password hashes are for this service's eyes only
        AtomicFileWriter.Replace(path, JsonSerializer.SerializeToUtf8Bytes(accounts, LinkJson.Options), ownerOnly: true);
    }

    public void Dispose() => _gate.Dispose();
}
