using MynaGate.Chain;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// A test on a shared chain: every reader's slot is empty and its flow idle before the test and again after it,
/// pass or fail, so a card a failed test left behind never fails the next one.
/// </summary>
public abstract class ChainTest<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : ChainFixture
{
    protected TFixture Fixture => fixture;

    protected LocalChain Chain => fixture.Chain;

    public Task InitializeAsync() => ClearSlotsAsync();

    public Task DisposeAsync() => ClearSlotsAsync();

    private async Task ClearSlotsAsync()
    {
        foreach (var reader in fixture.Chain.Readers) await reader.ResetAsync(Drive.Step);
    }
}
