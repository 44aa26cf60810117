using System.Globalization;
using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Kiosk;

/// <summary>
/// A tap on the kiosk as the page posts it: <see cref="Kind"/> names the button, <see cref="Value"/> its choice,
/// <see cref="Screen"/> the version of the screen it was drawn on and, for the pad's keys, <see cref="Pad"/> the
/// layout's nonce. The kiosk only forwards taps; whether one counts is the flow's decision.
/// </summary>
public sealed record KioskCommand(string Kind, string? Value, long? Screen = null, string? Pad = null)
{
    /// <summary>
    /// The flow input this tap stands for; null when the tap is not one the kiosk knows, or lacks the screen it was
    /// made on (every tap carries it; the pad's keys carry their layout too).
    /// </summary>
    public FlowInput? ToInput()
    {
        if (Screen is null) return null;
        if (Kind is "key" or "backspace" or "submit" && Pad is not { Length: > 0 and <= 64 }) return null;
        return Input() is { } input ? input with { Screen = Screen, Pad = Pad } : null;
    }

    private FlowInput? Input() => Kind switch
    {
        "method" when Enum.TryParse(Value, out AuthenticationMethod method) && Enum.IsDefined(method) => new ChooseMethod(method),
        "key" when int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out int position) && position is >= 0 and <= 9 => new PadKey(position),
        "smartphone" => new UseSmartphone(),
        "backspace" => new PadBackspace(),
        "submit" => new PadSubmit(),
        "answer" when bool.TryParse(Value, out bool agreed) => new Answer(agreed),
        "individual" => new ChooseIndividually(),
        "accessible" => new UseAccessibleMode(),
        "prescription" when Enum.TryParse(Value, out PrescriptionIssue issue) && Enum.IsDefined(issue) && !char.IsAsciiDigit(Value![0]) => new ChoosePrescription(issue),
        "subsidy" when bool.TryParse(Value, out bool use) => new ChooseMedicalSubsidies(use),
        "certificate" when Value == "none" => new ChooseCertificate(null),
        "certificate" when Enum.TryParse(Value, out CertificateForm form) && Enum.IsDefined(form) => new ChooseCertificate(form),
        "retry" => new Retry(),
        "cancel" => new Cancel(),
        _ => null,
    };
}
