using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Admin.Accounts;

/// <summary>
/// The console's staff accounts in one JSON file of the terminal's state folder. After
/// <see cref="AttemptsBeforeLockout"/> wrong passwords in a row from one client address, the account is locked for
/// <see cref="LockoutTime"/> for that address only, even against the right password: a device on the LAN can lock
/// itself out, never the admin at another desk. A sign-in with an unknown name or to a locked account costs the same
/// hashing as a wrong password, and hashing runs outside the accounts' lock; <see cref="SignInThrottle"/> bounds it per
/// address.
/// </summary>
public sealed class ConsoleAccounts(string path, TimeProvider clock) : IDisposable
{
    public const int AttemptsBeforeLockout = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 10;

    // lockouts kept are bounded: past this many, those that have ended are dropped
    private const int MaxLockoutsKept = 10_000;

    private static readonly PasswordHash Decoy = PasswordHash.Create(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));
    // password hashes are for this service's eyes only
    private readonly JsonFileStore<List<ConsoleAccount>> _file = new(path, LinkJson.Options, ownerOnly: true);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _failuresGate = new();
    private readonly Dictionary<(string Name, string Client), (int Failures, DateTimeOffset? LockedUntil)> _failures = [];

    /// <summary>Whether any account exists (none on a terminal's first start).</summary>
    public bool Any => Load().Count > 0;

    /// <summary>Raised with the account's name after its password or role changed, or it was disabled or deleted: its sessions must end.</summary>
    public event Action<string>? AccessChanged;

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
            var existing = accounts.FirstOrDefault(a => a.Name == name);
            accounts.RemoveAll(a => a.Name == name);
            accounts.Add(new ConsoleAccount(name, hash) { Role = role ?? existing?.Role ?? ConsoleRole.Admin, Disabled = existing?.Disabled ?? false });
            if (!accounts.Any(a => a.Role == ConsoleRole.Admin && !a.Disabled))
                throw new InvalidOperationException("有効な管理者アカウントが一つもなくなるため、役割は変えられません。");
            Save(accounts);
        }
        finally
        {
            _gate.Release();
        }
        lock (_failuresGate)
        {
            foreach (var key in _failures.Keys.Where(k => k.Name == name).ToList()) _failures.Remove(key);
        }
        AccessChanged?.Invoke(name);
    }

    /// <summary>Disables or enables <paramref name="name"/>; null when done, otherwise why not (unknown, or the last enabled admin).</summary>
    public Task<string?> SetDisabledAsync(string name, bool disabled) => ChangeAsync(name, accounts =>
    {
        int index = accounts.FindIndex(a => a.Name == name);
        accounts[index] = accounts[index] with { Disabled = disabled };
    });

    /// <summary>Deletes <paramref name="name"/>; null when done, otherwise why not (unknown, or the last enabled admin).</summary>
    public Task<string?> DeleteAsync(string name) => ChangeAsync(name, accounts => accounts.RemoveAll(a => a.Name == name));

    // one change to an existing account, refused when it would leave the console without an enabled admin (nobody
    // could then add an account, pair a reader or change a setting without a site visit)
    private async Task<string?> ChangeAsync(string name, Action<List<ConsoleAccount>> change)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var accounts = Load();
            if (!accounts.Any(a => a.Name == name)) return $"{name} というアカウントはありません。";
            change(accounts);
            if (!accounts.Any(a => a.Role == ConsoleRole.Admin && !a.Disabled)) return "有効な管理者アカウントが一つもなくなるため、できません。";
            Save(accounts);
        }
        finally
        {
            _gate.Release();
        }
        AccessChanged?.Invoke(name);
        return null;
    }

    /// <summary>Every account's name, role and whether it is disabled, by name (nothing of its password).</summary>
    public IReadOnlyList<(string Name, ConsoleRole Role, bool Disabled)> List() =>
        [.. Load().OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Name, a.Role, a.Disabled))];

    /// <summary>The role of <paramref name="name"/>; null when there is no such account or it is disabled.</summary>
    public ConsoleRole? RoleOf(string name) => Load().FirstOrDefault(a => a.Name == name && !a.Disabled)?.Role;

    /// <param name="client">The address the attempt came from: lockouts are per account and address.</param>
    public async Task<SignInResult> SignInAsync(string name, string password, string client)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(client);
        var key = (name, client);
        var account = Load().FirstOrDefault(a => a.Name == name);
        bool locked = IsLocked(key, clock.GetUtcNow());
        // the same hashing whatever the case, outside every lock: unknown, locked and wrong cannot be told apart by time
        bool matches = await Task.Run(() => (account?.Password ?? Decoy).Matches(password)).ConfigureAwait(false);
        if (account is null || account.Disabled) return SignInResult.Refused;
        if (locked) return SignInResult.LockedOut;
        lock (_failuresGate)
        {
            if (matches)
            {
                _failures.Remove(key);
                return SignInResult.SignedIn;
            }
            var now = clock.GetUtcNow();
            int failures = (_failures.TryGetValue(key, out var run) ? run.Failures : 0) + 1;
            bool lockedNow = failures >= AttemptsBeforeLockout;
            if (_failures.Count >= MaxLockoutsKept) Prune(now);
            _failures[key] = (lockedNow ? 0 : failures, lockedNow ? now + LockoutTime : null);
            return lockedNow ? SignInResult.LockedOut : SignInResult.Refused;
        }
    }

    private bool IsLocked((string Name, string Client) key, DateTimeOffset now)
    {
        lock (_failuresGate) return _failures.TryGetValue(key, out var run) && run.LockedUntil is { } until && until > now;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, run) in _failures.ToList())
            if (run.LockedUntil is null || run.LockedUntil <= now) _failures.Remove(key);
    }

    private List<ConsoleAccount> Load() => _file.Load() ?? [];

    private void Save(List<ConsoleAccount> accounts) => _file.Save(accounts);

    public void Dispose() => _gate.Dispose();
}
