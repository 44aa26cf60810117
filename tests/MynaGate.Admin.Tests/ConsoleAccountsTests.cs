using MynaGate.Admin.Accounts;
using MynaGate.Tests;

namespace MynaGate.Admin.Tests;

public sealed class ConsoleAccountsTests : IDisposable
{
    private const string Password = "reception-2026";
    private const string Desk = "192.0.2.10";
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
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password, Desk));
        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", Password.ToUpperInvariant(), Desk));
        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("nobody", Password, Desk));
    }

    [Fact]
    public async Task The_last_enabled_admin_can_be_neither_disabled_deleted_nor_demoted()
    {
        await _accounts.SetPasswordAsync("admin", Password, ConsoleRole.Admin);
        await _accounts.SetPasswordAsync("clerk", Password, ConsoleRole.Staff);

        Assert.NotNull(await _accounts.SetDisabledAsync("admin", true));
        Assert.NotNull(await _accounts.DeleteAsync("admin"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _accounts.SetPasswordAsync("admin", Password, ConsoleRole.Staff));
        Assert.NotNull(await _accounts.DeleteAsync("nobody"));
        Assert.Equal(ConsoleRole.Admin, _accounts.RoleOf("admin"));

        // with a second admin, the first can go
        await _accounts.SetPasswordAsync("admin2", Password, ConsoleRole.Admin);
        Assert.Null(await _accounts.SetDisabledAsync("admin", true));
        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("admin", Password, Desk));
        Assert.Null(_accounts.RoleOf("admin"));
        Assert.NotNull(await _accounts.DeleteAsync("admin2"));
        Assert.Null(await _accounts.SetDisabledAsync("admin", false));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("admin", Password, Desk));
        Assert.Null(await _accounts.DeleteAsync("clerk"));
        Assert.Equal(["admin", "admin2"], _accounts.List().Select(a => a.Name));
    }

    [Fact]
    public async Task A_lockout_holds_for_the_address_that_guessed_and_never_for_another()
    {
        await _accounts.SetPasswordAsync("admin", Password);
        for (int i = 0; i < ConsoleAccounts.AttemptsBeforeLockout; i++) await _accounts.SignInAsync("admin", "wrong", "192.0.2.66");

        Assert.Equal(SignInResult.LockedOut, await _accounts.SignInAsync("admin", Password, "192.0.2.66"));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("admin", Password, Desk));
        // a new password ends the lockout everywhere
        await _accounts.SetPasswordAsync("admin", "another-password");
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("admin", "another-password", "192.0.2.66"));
    }

    [Fact]
    public async Task A_lockout_ends_after_its_time_and_a_success_clears_the_count()
    {
        await _accounts.SetPasswordAsync("staff", Password);
        for (int i = 0; i < ConsoleAccounts.AttemptsBeforeLockout - 1; i++) Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", "wrong", Desk));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password, Desk));
        for (int i = 0; i < ConsoleAccounts.AttemptsBeforeLockout - 1; i++) Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", "wrong", Desk));
        Assert.Equal(SignInResult.LockedOut, await _accounts.SignInAsync("staff", "wrong", Desk));

        _clock.Advance(ConsoleAccounts.LockoutTime - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInResult.LockedOut, await _accounts.SignInAsync("staff", Password, Desk));
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", Password, Desk));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_and_short_ones_are_refused()
    {
        await _accounts.SetPasswordAsync("staff", Password);
        await _accounts.SetPasswordAsync("staff", "another-password");
        await Assert.ThrowsAsync<ArgumentException>(() => _accounts.SetPasswordAsync("staff", "short"));

        Assert.Equal(SignInResult.Refused, await _accounts.SignInAsync("staff", Password, Desk));
        Assert.Equal(SignInResult.SignedIn, await _accounts.SignInAsync("staff", "another-password", Desk));
    }

    public void Dispose()
    {
        _accounts.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
