namespace MynaGate.Link.Messages;

/// <summary>
/// The terminal's word to its readers on the national service (R43): <see cref="Down"/> since <see cref="Since"/>,
/// as the terminal measured it. A reader that is down shows the outage screen and starts no session.
/// </summary>
public sealed record NationalServiceNotice(bool Down, DateTimeOffset Since);
