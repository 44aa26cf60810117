namespace MynaGate.Link.Messages;

/// <summary>The counter staff's 目視確認 decision for the patient at the reader, sent from the mirror view.</summary>
public sealed record StaffDecisionRequest(bool Approved);
