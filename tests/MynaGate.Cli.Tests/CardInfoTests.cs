using System.Globalization;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Cli.Tests;

/// <summary>card info on a virtual card through pcscd and vpcd, as on a reader at a clinic.</summary>
public sealed class CardInfoTests
{
    private static string StateDirectory => Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";

    [Fact]
    public async Task A_placed_card_reports_its_applications_tries_and_expiry_and_spends_no_try()
    {
        using var slots = await VpcdLock.AcquireAsync(StateDirectory, TimeSpan.FromMinutes(20));
        var card = VirtualCardProvisioner.FromEnvironment().Reissue(71, null);
        await using var slot = new VpcdSlot(VpcdSlot.FirstPort);
        string reader;
        using (var context = PcscContext.Establish()) reader = VpcdReaders.ForPort(context, VpcdSlot.FirstPort);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        monitor.Wait(TimeSpan.Zero);
        await slot.InsertAsync(card);
        monitor.WaitFor(ReaderEventKind.CardInserted, TimeSpan.FromSeconds(10));

        var first = await Toolbox.RunAsync("card", "info", "--reader", reader, "--json");
        var again = await Toolbox.RunAsync("card", "info", "--reader", reader, "--json");
        await slot.RemoveAsync();
        monitor.WaitFor(ReaderEventKind.CardRemoved, TimeSpan.FromSeconds(10));
        var empty = await Toolbox.RunAsync("card", "info", "--reader", reader, "--json");

        Assert.Equal(0, first.ExitCode);
        var items = first.Lines.ToDictionary(l => l.GetProperty("item").GetString()!, l => l.GetProperty("value").ToString());
        Assert.Equal("True", items["virtual"]);
        Assert.StartsWith("JPKI, 券面事項確認AP", items["applications"]);
        Assert.Equal("3 tries left", items["pin_tries"]);
        Assert.Equal("5 tries left", items["signature_password_tries"]);
        Assert.True(card.Image.Persona.CardExpiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == items["expiry"], "the expiry differs from the card's");
        Assert.Equal(first.Output, again.Output);
        Assert.Equal(1, empty.ExitCode);
        Assert.Equal("no card on the reader", Assert.Single(empty.Lines).GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_unknown_reader_name_lists_the_readers()
    {
        var run = await Toolbox.RunAsync("card", "info", "--reader", "No Such Reader 00", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("no reader named", Assert.Single(run.Lines).GetProperty("value").GetString());
    }
}
