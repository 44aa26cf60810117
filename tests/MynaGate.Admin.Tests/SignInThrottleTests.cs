using MynaGate.Admin.Accounts;

namespace MynaGate.Admin.Tests;

/// <summary>An address that guesses gets no more hashing once it has used its share; another address is not touched.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public void An_address_that_failed_its_share_gets_no_permit_and_another_address_does()
    {
        using var throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.FailuresPerWindow; i++)
        {
            using var permit = throttle.TryStart("192.0.2.66");
            Assert.NotNull(permit);
            throttle.Failed("192.0.2.66");
        }

        Assert.Null(throttle.TryStart("192.0.2.66"));
        using var other = throttle.TryStart("192.0.2.10");
        Assert.NotNull(other);
    }

    [Fact]
    public void No_more_than_two_attempts_of_one_address_are_hashed_at_once()
    {
        using var throttle = new SignInThrottle();
        using var first = throttle.TryStart("192.0.2.66");
        using var second = throttle.TryStart("192.0.2.66");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(throttle.TryStart("192.0.2.66"));
        using var elsewhere = throttle.TryStart("192.0.2.10");
        Assert.NotNull(elsewhere);
    }
}
