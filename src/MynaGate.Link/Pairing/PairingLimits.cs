namespace MynaGate.Link.Pairing;

/// <summary>
/// How a reader limits pairing attempts, so guessing its code online stays hopeless: a code lives
/// <see cref="PairingCode.Lifetime"/>, <see cref="AttemptsPerCode"/> failed attempts spend it, and whatever the code at
/// most <see cref="AttemptsPerWindow"/> attempts start per <see cref="Window"/>.
/// </summary>
public static class PairingLimits
{
    public const int AttemptsPerCode = 3;
    public const int AttemptsPerWindow = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>How long an attempt may sit between its start and its finish.</summary>
    public static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(1);

    /// <summary>The first wait once the window's attempts are spent is the window; each later one doubles, up to this (2⁵ windows).</summary>
    public static readonly TimeSpan MaxWait = Window * 32;

    /// <summary>A day without reaching the limit forgets the doublings.</summary>
    public static readonly TimeSpan QuietReset = TimeSpan.FromDays(1);
}
