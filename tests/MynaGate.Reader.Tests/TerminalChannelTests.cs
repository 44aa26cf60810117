using MynaGate.Link.Messages;
using MynaGate.Reader.Link;

namespace MynaGate.Reader.Tests;

public sealed class TerminalChannelTests
{
    [Fact]
    public async Task A_request_handed_to_the_terminal_says_how_long_the_flow_still_waits_and_a_notice_does_not()
    {
        var channel = new TerminalChannel();
        var asked = channel.RequestAsync(new LinkRequest("m1", "s1", LinkRequestKind.Qualify), TimeSpan.FromSeconds(5), CancellationToken.None);
        channel.Notify(new LinkRequest("m2", "s1", LinkRequestKind.Report));

        var request = await channel.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        var notice = await channel.TakeAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.InRange(request!.WaitMs!.Value, 1, 5000);
        Assert.Null(notice!.WaitMs);
        Assert.True(channel.Deliver(new LinkReply("m1", "s1")));
        await asked;
    }
}
