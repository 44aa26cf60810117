using System.Globalization;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Bench;

/// <summary>The options of <c>bench e2e</c>, read once by the site process and again by its reader process.</summary>
public sealed record EndToEndSettings
{
    public int Readers { get; private init; } = 1;
    public int Sessions { get; private init; } = 10;
    /// <summary>A patient reads the method screen before tapping; the reader reads the card face meanwhile.</summary>
    public TimeSpan ChoiceDelay { get; private init; } = TimeSpan.FromMilliseconds(1500);
    /// <summary>mixed, face or pin: one method alone shows the terminal's scaling without the vision load of the other.</summary>
    public string Methods { get; private init; } = "mixed";
    /// <summary>The reader's early card-face OCR; off, PIN-only runs leave the CPU to the terminal whose scaling they measure.</summary>
    public bool EarlyOcr { get; private init; } = true;
    /// <summary>
    /// 0: every reader's patient places the card at the same moment (the worst case: all relays arrive together);
    /// more: each patient arrives a random 0..N ms after the previous one left, as patients at a clinic do.
    /// </summary>
    public int ArrivalSpreadMs { get; private init; }
    /// <summary>
    /// Sessions per reader run before the counted ones: the first of a process pay for JIT, model loading and the
    /// first TLS handshakes, and the runtime keeps recompiling hot methods for a while after.
    /// </summary>
    public int WarmUp { get; private init; } = 2;
    /// <summary>
    /// The readers' nice value. On site every reader is a computer of its own; here they share the terminal's two
    /// cores, and 19 keeps their card and vision work from delaying the terminal whose time the relay measures.
    /// </summary>
    public int ReaderNice { get; private init; } = 19;

    public const string Usage = "[--readers R] [--sessions S] [--choice-ms MS] [--method mixed|face|pin] [--early-ocr on|off] [--arrival-spread-ms MS] [--warm-up N] [--reader-nice 0..19]";

    /// <summary>The settings in <paramref name="args"/>, or null when one is out of range.</summary>
    public static EndToEndSettings? Parse(string[] args)
    {
        string earlyOcr = OptionText(args, "--early-ocr", "on");
        var settings = new EndToEndSettings
        {
            Readers = Option(args, "--readers", 1),
            Sessions = Option(args, "--sessions", 10),
            ChoiceDelay = TimeSpan.FromMilliseconds(Option(args, "--choice-ms", 1500)),
            Methods = OptionText(args, "--method", "mixed"),
            EarlyOcr = earlyOcr == "on",
            ArrivalSpreadMs = Option(args, "--arrival-spread-ms", 0),
            WarmUp = Option(args, "--warm-up", 2),
            ReaderNice = Option(args, "--reader-nice", 19),
        };
        bool valid = settings.Readers >= 1 && settings.Sessions >= 1 && settings.ChoiceDelay >= TimeSpan.Zero
            && settings.Methods is "mixed" or "face" or "pin" && earlyOcr is "on" or "off"
            && settings.ArrivalSpreadMs >= 0 && settings.WarmUp >= 0 && settings.ReaderNice is >= 0 and <= 19;
        return valid ? settings : null;
    }

    /// <summary>Face and PIN alternate unless one method was chosen.</summary>
    public AuthenticationMethod MethodOf(int session) => Methods switch
    {
        "face" => AuthenticationMethod.Face,
        "pin" => AuthenticationMethod.Pin,
        _ => session % 2 == 0 ? AuthenticationMethod.Face : AuthenticationMethod.Pin,
    };

    private static string OptionText(string[] args, string name, string fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(OptionText(args, name, ""), CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
