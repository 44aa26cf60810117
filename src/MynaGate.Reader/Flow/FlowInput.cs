using MynaGate.Link.Assertions;
using MynaGate.Certificates;

namespace MynaGate.Reader.Flow;

/// <summary>What a screen (the kiosk, the staff mirror, a test) sends to the flow. The flow ignores inputs its state does not expect.</summary>
public abstract record FlowInput
{
    private protected FlowInput()
    {
    }
}

public sealed record ChooseMethod(AuthenticationMethod Method) : FlowInput;

/// <summary>A key of the PIN pad by its position; the digit behind each position is the engine's secret layout's.</summary>
public sealed record PadKey(int Position) : FlowInput;

public sealed record PadBackspace : FlowInput;

public sealed record PadSubmit : FlowInput;

/// <summary>A consent screen's answer.</summary>
public sealed record Answer(bool Agreed) : FlowInput;

/// <summary>公費 paper mode: the certificate the patient will place, or null for none.</summary>
public sealed record ChooseCertificate(CertificateForm? Form) : FlowInput;

/// <summary>The staff's 目視確認 decision, from the mirror view.</summary>
public sealed record StaffDecision(bool Approved) : FlowInput;

/// <summary>Try the face again (after the mask prompt or a failed match), or read the paper certificate again.</summary>
public sealed record Retry : FlowInput;

public sealed record Cancel : FlowInput;
