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

    /// <summary>Raised with the account's name after its password changed: its sessions must end.</summary>
    public event Action<string>? PasswordChanged;

    /// <summary>An account name as the log records it: 1–32 ASCII letters, digits, '.', '_' or '-'.</summary>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= 32 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>
    /// Creates the account or replaces its password (and clears its lockout); <paramref name="role"/> sets its role,
    /// or keeps the one it had (a new account is an admin, as the first one must be).
    /// </summary>
    public async Task SetPasswordAsync(string name, string password, ConsoleRole? role = null)
    {
        if (!IsValidName(name)) throw new ArgumentException("A console account name has 1–32 ASCII letters, digits, '.', '_' or '-'.", nameof(name));
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinPasswordLength) throw new ArgumentException($"A console password needs at least {MinPasswordLength} characters.", nameof(password));
        var hash = await Task.Run(() => PasswordHash.Create(password)).ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var accounts = Load();
            var kept = accounts.FirstOrDefault(a => a.Name == name)?.Role ?? ConsoleRole.Admin;
            accounts.RemoveAll(a => a.Name == name);
            accounts.Add(new ConsoleAccount(name, hash) { Role = role ?? kept });
            Save(accounts);
        }
        finally
        {
            _gate.Release();
        }
        PasswordChanged?.Invoke(name);
    }

    /// <summary>Every account's name and role, by name (nothing of its password).</summary>
    public IReadOnlyList<(string Name, ConsoleRole Role)> List() => [.. Load().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Name, a.Role))];

    /// <summary>The role of <paramref name="name"/>; null when there is no such account.</summary>
    public ConsoleRole? RoleOf(string name) => Load().FirstOrDefault(a => a.Name == name)?.Role;

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
