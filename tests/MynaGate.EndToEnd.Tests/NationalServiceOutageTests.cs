using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.EndToEnd.Tests;

/// <summary>A chain whose national service answers only after the terminal's deadline.</summary>
public sealed class SlowNationalServiceFixture : ChainFixture
{
    protected override ChainOptions Options => base.Options with { Readers = 1, NationalServiceDelay = TimeSpan.FromSeconds(3), NationalServiceTimeout = TimeSpan.FromSeconds(1) };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlowNationalServiceGroup : ICollectionFixture<SlowNationalServiceFixture>
{
    public const string Name = "slow national service";
}

/// <summary>The national service slow or down: the session ends with the terminal's code, nothing is written.</summary>
[Collection(SlowNationalServiceGroup.Name)]
public sealed class NationalServiceOutageTests(SlowNationalServiceFixture fixture) : ChainTest<SlowNationalServiceFixture>(fixture)
{

    [Fact]
    public async Task A_slow_then_a_stopped_national_service_end_the_session_with_their_codes()
    {
        var reader = Chain.Readers[0];
        Assert.Equal(LinkErrorCodes.NationalServiceTimeout, await RunPinSessionAsync(reader, 120));
        await Chain.StopOnshiAsync();
        Assert.Equal(LinkErrorCodes.NationalServiceUnavailable, await RunPinSessionAsync(reader, 121));
        Assert.Empty(Directory.Exists(Chain.FaceFolder) ? Directory.GetFiles(Chain.FaceFolder) : []);
    }

    private async Task<string?> RunPinSessionAsync(ChainReader reader, int seed)
    {
        var card = Chain.Provisioner.Reissue(seed, null);
        await reader.InsertAsync(card, seed, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        return outcome.ErrorCode;
    }
}
