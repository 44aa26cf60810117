using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Cli.Commands;

/// <summary>Keeps a virtual card in a vpcd slot until Ctrl-C, for trying other PC/SC software against it.</summary>
public static class VirtualCardCommand
{
    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var arguments = new Arguments(args, "--reissue", "--get-response");
        arguments.RejectUnknown("--seed", "--port", "--reissue", "--get-response", "--kind");
        int seed = arguments.Number("--seed", 1);
        int port = arguments.Number("--port", VpcdSlot.FirstPort);
        var provisioner = VirtualCardProvisioner.FromEnvironment();
        bool getResponse = arguments.Has("--get-response");
        var kind = arguments.Text("--kind") is { } named
            ? Enum.TryParse(named, ignoreCase: true, out VirtualCardKind parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(named[0]) ? parsed
                : throw new UsageException($"--kind must be one of {string.Join(", ", Enum.GetNames<VirtualCardKind>())}")
            : VirtualCardKind.Card;
        var card = arguments.Has("--reissue") || kind != VirtualCardKind.Card
            ? provisioner.Reissue(seed, VirtualCardProvisioner.DatasetPhoto(seed), getResponse, kind)
            : provisioner.LoadOrIssue(seed, VirtualCardProvisioner.DatasetPhoto(seed), getResponse);

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var slot = new VpcdSlot(port);
        await slot.InsertAsync(card, cancellationToken: stop.Token).ConfigureAwait(false);
        Console.WriteLine($"card {seed} inserted at vpcd port {port}; Ctrl-C removes it");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C
        }
        await slot.RemoveAsync().ConfigureAwait(false);
        Console.WriteLine($"card removed after {slot.ApduCount} APDUs");
        return 0;
    }
}
