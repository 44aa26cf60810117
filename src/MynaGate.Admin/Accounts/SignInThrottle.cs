using System.Threading.RateLimiting;

namespace MynaGate.Admin.Accounts;

/// <summary>
/// How much password hashing one client address can cause (.NET's partitioned rate limiters, by address): at most
/// <see cref="HashesAtOnce"/> sign-ins hashed at a time, and after <see cref="FailuresPerWindow"/> failed ones in
/// <see cref="Window"/> none at all until the window turns. A refused attempt costs no hashing and reads like a wrong
/// password. Unauthenticated clients can then neither queue PBKDF2 work nor stall staff signing in from elsewhere.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int HashesAtOnce = 2;
    public const int FailuresPerWindow = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _hashing = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions { PermitLimit = HashesAtOnce, QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = FailuresPerWindow, Window = Window, QueueLimit = 0 }));

    /// <summary>A permit to hash one attempt from <paramref name="client"/>, or null when the address has used its share.</summary>
    public IDisposable? TryStart(string client)
    {
        if (_failures.GetStatistics(client)?.CurrentAvailablePermits == 0) return null;
        var lease = _hashing.AttemptAcquire(client);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        return null;
    }

    /// <summary>Counts a failed attempt against <paramref name="client"/>'s window.</summary>
    public void Failed(string client) => _failures.AttemptAcquire(client).Dispose();

    public void Dispose()
    {
        _hashing.Dispose();
        _failures.Dispose();
    }
}
