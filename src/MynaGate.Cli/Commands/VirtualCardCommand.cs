using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Onshi.Seeding;
using MynaGate.Site.Commands;

namespace MynaGate.Cli.Commands;

/// <summary>Keeps a virtual card in a vpcd slot until Ctrl-C, for trying other PC/SC software (or a vendor's terminal) against it.</summary>
public static class VirtualCardCommand
{
    public const string Help = """
        usage: mynagate vcard [--seed N] [--kind Card|PinLess|Android|IPhone] [--port P] [--reissue] [--get-response]
                              [--authority DIR] [--enrol ONSHI_STATE [--pmh]]
          Places the synthetic card of persona N in a vpcd slot until Ctrl-C and prints its PINs (test values only).
          pcscd must run with the vpcd driver (./mynagate setup installs it; scripts/with-pcscd.sh starts it).
          --seed N            the persona (default 1)
          --kind K            a card (default), a card without PIN (PinLess), or its holder's phone
          --port P            the vpcd port (default 35963: "Virtual PCD 00 00")
          --reissue           issue the card again (fresh counters)
          --get-response      the card answers long records with 61xx (GET RESPONSE)
          --authority DIR     issue from this test authority: a national-service emulator's Onshi:AuthorityDirectory,
                              so that emulator accepts the card (default: .state/jpki-ca)
          --enrol ONSHI_STATE register the card's person with the emulator whose Onshi:StateDirectory this is
                              (its SQLite store; the emulator may be running)
          --pmh               with --enrol: also the person's municipal 医療費助成 受給者証 on the emulator's PMH, their
                              municipality joined (R39), so the reader asks whether to use them
          exit code: 0 removed after Ctrl-C, 2 bad usage
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: false, ["--reissue", "--get-response", "--pmh"], "--seed", "--port", "--kind", "--authority", "--enrol")
            is not { } arguments) return 0;
        int seed = arguments.Number("--seed", 1);
        int port = arguments.Number("--port", VpcdSlot.FirstPort);
        string? authority = arguments.Text("--authority");
        if (authority is not null && !Directory.Exists(authority)) throw new UsageException($"--authority {authority} is not a folder (start the emulator once: it makes its authority)");
        string? enrolIn = arguments.Text("--enrol");
        if (enrolIn is not null && !Directory.Exists(enrolIn)) throw new UsageException($"--enrol {enrolIn} is not a folder (the emulator's Onshi:StateDirectory)");
        bool pmh = arguments.Has("--pmh");
        if (pmh && enrolIn is null) throw new UsageException("--pmh registers 受給者証 with an emulator: give --enrol ONSHI_STATE too");
        var fromEnvironment = VirtualCardProvisioner.FromEnvironment();
        var provisioner = authority is null ? fromEnvironment : new VirtualCardProvisioner(fromEnvironment.StateDirectory, authority);
        bool getResponse = arguments.Has("--get-response");
        var kind = arguments.Text("--kind") is { } named
            ? Enum.TryParse(named, ignoreCase: true, out VirtualCardKind parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(named[0]) ? parsed
                : throw new UsageException($"--kind must be one of {string.Join(", ", Enum.GetNames<VirtualCardKind>())}")
            : VirtualCardKind.Card;
        // a card from another authority than the one it was issued by is issued again
        var card = arguments.Has("--reissue") || kind != VirtualCardKind.Card || authority is not null
            ? provisioner.Reissue(seed, VirtualCardProvisioner.DatasetPhoto(seed), getResponse, kind)
            : provisioner.LoadOrIssue(seed, VirtualCardProvisioner.DatasetPhoto(seed), getResponse);
        if (enrolIn is not null)
        {
            await ChainEnrolment.EnrolAsync(Path.Combine(enrolIn, Onshi.OnshiOptions.DatabaseFileName), card, seed,
                pmh ? EnrolmentScenario.MedicalSubsidies : EnrolmentScenario.Insured).ConfigureAwait(false);
            output.WriteLine($"persona {seed} registered with the emulator in {enrolIn}{(pmh ? ", with 受給者証 on PMH" : "")}");
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await using var slot = new VpcdSlot(port);
        await slot.InsertAsync(card, cancellationToken: stop.Token).ConfigureAwait(false);
        var persona = card.Image.Persona;
        output.WriteLine($"card {seed} ({kind}) inserted at vpcd port {port}; Ctrl-C removes it");
        // synthetic test values, printed so a tester can use the card; never a real person's
        if (kind == VirtualCardKind.Card) output.WriteLine($"  利用者証明用 PIN: {persona.Pin}   署名用パスワード: {persona.SignaturePassword}");
        if (kind is VirtualCardKind.Android) output.WriteLine($"  スマホ用 PIN: {persona.PhonePin}");
        output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C
        }
        await slot.RemoveAsync().ConfigureAwait(false);
        output.WriteLine($"card removed after {slot.ApduCount} APDUs");
        return 0;
    }
}
