using MynaGate.Chain;
using MynaGate.Reader.Flow;

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
        foreach (var reader in fixture.Chain.Readers)
        {
            if (reader.Slot.IsInserted) await reader.RemoveAsync();
            // a session that goes on without the card (公費 paper mode) is ended as the patient would end it
            if (reader.Flow.Screen.State != FlowState.Idle) reader.Flow.Send(new Cancel());
            await reader.WaitForAsync(FlowState.Idle, Drive.Step);
            // a failed test's session, ended by this clean-up, must not be the next test's outcome
            reader.DiscardOutcomes();
        }
    }
}
