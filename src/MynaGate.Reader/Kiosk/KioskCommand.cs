using System.Globalization;
using MynaGate.Link.Assertions;
using MynaGate.Certificates;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Kiosk;

/// <summary>
/// A tap on the kiosk as the page posts it: <see cref="Kind"/> names the button, <see cref="Value"/> its choice. The
/// kiosk only forwards taps; whether one counts is the flow's decision.
/// </summary>
public sealed record KioskCommand(string Kind, string? Value)
{
    /// <summary>The flow input this tap stands for; null when the tap is not one the kiosk knows.</summary>
    public FlowInput? ToInput() => Kind switch
    {
        "method" when Enum.TryParse(Value, out AuthenticationMethod method) && Enum.IsDefined(method) => new ChooseMethod(method),
        "key" when int.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out int position) && position is >= 0 and <= 9 => new PadKey(position),
        "backspace" => new PadBackspace(),
        "submit" => new PadSubmit(),
        "answer" when bool.TryParse(Value, out bool agreed) => new Answer(agreed),
        "certificate" when Value == "none" => new ChooseCertificate(null),
        "certificate" when Enum.TryParse(Value, out CertificateForm form) && Enum.IsDefined(form) => new ChooseCertificate(form),
        "retry" => new Retry(),
        "cancel" => new Cancel(),
        _ => null,
    };
}
