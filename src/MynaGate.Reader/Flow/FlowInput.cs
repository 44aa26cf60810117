using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Reader.Flow;

/// <summary>
/// What a screen (the kiosk, the staff mirror, a test) sends to the flow. The flow ignores inputs its state does not
/// expect, and a tap made on a screen that is no longer shown: a double tap on 同意する must not answer the next,
/// unseen consent, and a key of an old pad layout must not become a PIN digit.
/// </summary>
public abstract record FlowInput
{
    private protected FlowInput()
    {
    }

    /// <summary>The <see cref="FlowScreen.Version"/> the tap was made on; null for an input not made on a screen (staff, tests).</summary>
    public long? Screen { get; init; }

    /// <summary>For the pad's keys: the <see cref="FlowScreen.PadNonce"/> of the layout the key was read on.</summary>
    public string? Pad { get; init; }
}

public sealed record ChooseMethod(AuthenticationMethod Method) : FlowInput;

/// <summary>The idle screen's スマートフォン: the patient will hold a phone over the 汎用 reader (R32).</summary>
public sealed record UseSmartphone : FlowInput;

/// <summary>A key of the PIN pad by its position; the digit behind each position is the engine's secret layout's.</summary>
public sealed record PadKey(int Position) : FlowInput;

public sealed record PadBackspace : FlowInput;

public sealed record PadSubmit : FlowInput;

/// <summary>A consent screen's answer.</summary>
public sealed record Answer(bool Agreed) : FlowInput;

/// <summary>包括同意's 個別に選ぶ: be asked each item it covers, one screen each.</summary>
public sealed record ChooseIndividually : FlowInput;

/// <summary>The prescription the patient asks for.</summary>
public sealed record ChoosePrescription(PrescriptionIssue Issue) : FlowInput;

/// <summary>The answer to 「医療費助成の各種受給者証を利用しますか」.</summary>
public sealed record ChooseMedicalSubsidies(bool Use) : FlowInput;

/// <summary>公費 paper mode: the certificate the patient will place, or null for none.</summary>
public sealed record ChooseCertificate(CertificateForm? Form) : FlowInput;

/// <summary>
/// The patient started the accessible mode (R36): voice for every screen, high contrast and the PIN pad in a fixed
/// 3×4 order for the rest of this session. Taken on any screen.
/// </summary>
public sealed record UseAccessibleMode : FlowInput;

/// <summary>The staff's 目視確認 decision, from the mirror view.</summary>
public sealed record StaffDecision(bool Approved) : FlowInput;

/// <summary>Try the face again (after the mask prompt or a failed match), or read the paper certificate again.</summary>
public sealed record Retry : FlowInput;

public sealed record Cancel : FlowInput;
