namespace MynaGate.Link.Messages;

/// <summary>
/// The counter staff's 目視確認 decision for the patient at the reader, sent from the mirror view. It names the
/// <see cref="MirrorScreen.Version"/> the staff decided on, so a late click never decides a later patient's check.
/// </summary>
public sealed record StaffDecisionRequest(bool Approved, long Screen);
