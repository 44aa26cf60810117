using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Terminal.Logging;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// Faults of the machine rather than of the patient: a full or read-only disk under the Face folder, a write killed
/// half way, pcscd killed while the reader waits and while a card is in use. Each ends the session with a code, wipes
/// it, and the next patient is served once the fault is gone.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class InfrastructureFaultTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    private static readonly TimeSpan Session = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_full_Face_folder_ends_the_session_with_T104_and_leaves_no_partial_file()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(115, null);
        SessionOutcome outcome;
        await using (var disk = await SmallDisk.MountFullAsync(Chain.FaceFolder))
        {
            outcome = await PinSessionAsync(reader, card, 115);

            Assert.Equal(LinkErrorCodes.ResultNotWritten, outcome.ErrorCode);
            Assert.Null(outcome.ResultFile);
            Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
            // the failed write took its temporary file with it: only the filler is there
            Assert.Equal([disk.Filler], Directory.GetFiles(Chain.FaceFolder));
            Assert.Contains(await Chain.Terminal.Log.ReadAsync(), e => e.Event == TerminalEvent.ResultFailed && e.ErrorCode == LinkErrorCodes.ResultNotWritten);

            // space again: the same reader and terminal write the next patient's result
            File.Delete(disk.Filler);
            var next = await PinSessionAsync(reader, card, 115);
            Assert.Null(next.ErrorCode);
            Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, next.ResultFile!)));
        }
    }

    [Fact]
    public async Task A_read_only_Face_folder_ends_the_session_with_T104_and_the_link_goes_on()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(118, null);
        await using (await SmallDisk.MountReadOnlyAsync(Chain.FaceFolder))
        {
            var outcome = await PinSessionAsync(reader, card, 118);

            Assert.Equal(LinkErrorCodes.ResultNotWritten, outcome.ErrorCode);
            Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
            Assert.Empty(Directory.GetFiles(Chain.FaceFolder));
        }
        // the folder writable again (the mount gone): the same link serves the next patient
        var next = await PinSessionAsync(reader, card, 118);
        Assert.Null(next.ErrorCode);
    }

    [Fact]
    public async Task A_write_killed_half_way_leaves_a_temporary_file_the_restarted_terminal_removes()
    {
        // what a terminal killed inside its atomic write leaves: a hidden temporary, never a partial .xml
        string stale = Path.Combine(Chain.FaceFolder, $".OQSsiquc01res_face_R01_1.xml.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(stale, "<XmlMsg><Message");
        await Chain.RestartTerminalAsync();

        Assert.False(File.Exists(stale), "the restarted terminal left a killed write's temporary file");
        Assert.DoesNotContain(Directory.GetFiles(Chain.FaceFolder), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public async Task Pcscd_killed_while_the_reader_waits_and_restarted_the_next_card_is_served()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(116, null);
        try
        {
            await Pcscd.KillAsync();
        }
        finally
        {
            await Pcscd.StartAsync();
        }

        var outcome = await PinSessionAsync(reader, card, 116);

        Assert.Null(outcome.ErrorCode);
        Assert.NotNull(outcome.ResultFile);
    }

    [Fact]
    public async Task Pcscd_killed_mid_session_ends_it_with_a_code_and_wiped_and_the_reader_serves_the_next_patient()
    {
        var reader = Chain.Readers[1];
        var card = await Chain.CardAsync(117, null);
        await reader.InsertAsync(card, 117, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await reader.WaitForAsync(FlowState.PinEntry, Drive.Step);
        SessionOutcome outcome;
        try
        {
            await Pcscd.KillAsync();
            outcome = await reader.NextOutcomeAsync(Session);
        }
        finally
        {
            await Pcscd.StartAsync();
            await reader.RemoveAsync();
        }

        // the card can no longer be watched, so the session ends as a card fault, not as the patient's removal
        Assert.Equal(FlowErrors.CardFault, outcome.ErrorCode);
        Assert.Null(outcome.ResultFile);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        await reader.WaitForAsync(FlowState.Idle, Drive.Step);

        var next = await PinSessionAsync(reader, card, 117);
        Assert.Null(next.ErrorCode);
        Assert.NotNull(next.ResultFile);
    }

    private static async Task<SessionOutcome> PinSessionAsync(MynaGate.Chain.ChainReader reader, MynaGate.Card.Virtual.Engine.VirtualMyNumberCard card, int seed)
    {
        await reader.InsertAsync(card, seed, Faces.Genuine);
        try
        {
            await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
            await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            await Drive.AnswerConsentsAsync(reader, true, false, true, false);
            return await reader.NextOutcomeAsync(Session);
        }
        finally
        {
            await reader.RemoveAsync();
        }
    }
}
