using MynaGate.Admin.Accounts;
using MynaGate.Tests;

namespace MynaGate.Admin.Tests;

public sealed class ConsoleAccountsTests : IDisposable
{
    private const string Password = "reception-2026";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mynagate-accounts-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly SteppingClock _clock = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private readonly ConsoleAccounts _accounts;

    public ConsoleAccountsTests() => _accounts = new ConsoleAccounts(Path.Combine(_folder, "accounts.json"), _clock);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_file_keeps_a_pbkdf2_hash_readable_by_the_service_alone()
    {
        await _accounts.SetPasswordAsync("staff", Password);

        string file = Path.Combine(_folder, "accounts.json");
        string stored = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
        Assert.Contains($"\"iterations\":{PasswordHash.DefaultIterations}", stored, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password));
        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", Password.ToUpperInvariant()));
        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("nobody", Password));
    }

    [Fact]
    public async Task A_lockout_ends_after_its_time_and_a_success_clears_the_count()
    {
        await _accounts.SetPasswordAsync("staff", Password);
        for (int i = 0; i < ConsoleAccounts.AttemptsBeforeLockout - 1; i++) Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", "wrong"));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password));
        for (int i = 0; i < ConsoleAccounts.AttemptsBeforeLockout - 1; i++) Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", "wrong"));
        Assert.Equal(SignInResult.LockedOut, await _accounts.SignInAsync("staff", "wrong"));

        _clock.Advance(ConsoleAccounts.LockoutTime - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInResult.LockedOut, await _accounts.SignInAsync("staff", Password));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_and_short_ones_are_refused()
    {
        await _accounts.SetPasswordAsync("staff", Password);
        await _accounts.SetPasswordAsync("staff", "another-password");
        await Assert.ThrowsAsync<ArgumentException>(() => _accounts.SetPasswordAsync("staff", "short"));

        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", Password));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", "another-password"));
    }

    public void Dispose()
    {
        _accounts.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
