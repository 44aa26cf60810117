using MynaGate.Card;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;

namespace MynaGate.Site.Commands;

/// <summary>
/// <c>mynagate card info</c>: what a placed card says without any secret — ATR, the applications that answer, the
/// certificates and token type, the tries left of each secret and the expiry from 共通AP. It sends no VERIFY, so it
/// never spends a try.
/// </summary>
public static class CardInfoCommand
{
    public const string Help = """
        usage: mynagate card info [--reader NAME] [--json]
          Reads, without any PIN, what a My Number Card on a PC/SC reader says: ATR, the applications that answer
          (JPKI, 券面事項確認AP, 券面事項入力補助AP, 共通AP), the certificates present and the token type (card or
          smartphone), the tries left of the 利用者証明用 PIN, the 署名用パスワード and 照合番号B, and the card's
          expiry from 共通AP. Never asks for or uses a PIN.
          --reader  the PC/SC reader (default: the first reader holding a card)
          --json    one JSON object per line: item, value
          exit code: 0 read, 1 no card / not a My Number Card / reader error, 2 bad usage
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, Help, output, operands: false, [], "--reader") is not { } arguments) return 0;
        var report = new Report(output, arguments.Has("--json"));
        int code;
        try
        {
            code = Read(arguments.Text("--reader"), report);
        }
        catch (PcscException e)
        {
            report.Add(("item", "error"), ("value", $"PC/SC: {e.Message}"));
            code = 1;
        }
        report.Flush();
        return code;
    }

    private static int Read(string? wanted, Report report)
    {
        using var context = PcscContext.Establish();
        var readers = context.ListReaders();
        var states = readers.Where(r => wanted is null || r == wanted).Select(r => new ReaderState(r)).ToArray();
        if (wanted is not null && states.Length == 0) return Item(report, "error", $"no reader named \"{wanted}\" (readers: {string.Join(", ", readers)})");
        if (states.Length > 0) context.GetStatusChange(states, TimeSpan.Zero);
        var state = states.FirstOrDefault(s => s.IsCardPresent);
        if (state is null) return Item(report, "error", wanted is null ? "no card on any reader" : "no card on the reader");

        report.Add(("item", "reader"), ("value", state.ReaderName));
        report.Add(("item", "virtual"), ("value", VirtualReaderName.Is(state.ReaderName)));
        report.Add(("item", "atr"), ("value", Convert.ToHexString(state.Atr)));
        using var connection = context.Connect(state.ReaderName, ShareMode.Shared, CardDisposition.Leave);
        MyNumberCard card;
        try
        {
            card = MyNumberCard.Open(connection);
        }
        catch (NotMyNumberCardException e)
        {
            return Item(report, "error", $"not a My Number Card: {e.Message}");
        }
        report.Add(("item", "applications"), ("value", string.Join(", ", Applications(card))));
        var availability = card.Jpki.ReadCertificateAvailability();
        report.Add(("item", "authentication_certificate"), ("value", availability.AuthenticationCertificate));
        report.Add(("item", "signature_certificate"), ("value", availability.SignatureCertificate));
        report.Add(("item", "token"), ("value", card.Jpki.ReadTokenType().ToString()));
        report.Add(("item", "pin_tries"), ("value", card.Jpki.GetAuthenticationPinRetries().ToString()));
        report.Add(("item", "signature_password_tries"), ("value", card.Jpki.GetSignaturePasswordRetries().ToString()));
        report.Add(("item", "verification_code_b_tries"), ("value", card.CardFace.GetVerificationCodeBRetries().ToString()));
        report.Add(("item", "expiry"), ("value", card.Common?.ReadCardInfo().Expiry.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return 0;
    }

    private static IEnumerable<string> Applications(MyNumberCard card)
    {
        yield return "JPKI";
        yield return "券面事項確認AP";
        if (card.Text is not null) yield return "券面事項入力補助AP";
        if (card.Common is not null) yield return "共通AP";
    }

    private static int Item(Report report, string item, string value)
    {
        report.Add(("item", item), ("value", value));
        return 1;
    }
}
