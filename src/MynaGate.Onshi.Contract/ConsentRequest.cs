
namespace MynaGate.Onshi.Contract;

/// <summary>The patient's consent answers for one 照会番号.</summary>
public sealed record ConsentRequest(IReadOnlyList<ConsentAnswer> Answers);

/// <summary>A consent as recorded: viewing consents are available for 24 hours from the answer.</summary>
public sealed record RecordedConsent(ConsentItem Item, bool Agreed, DateTimeOffset AnsweredAt, DateTimeOffset? AvailableUntil);

public sealed record ConsentResponse(string ReferenceNumber, IReadOnlyList<RecordedConsent> Consents);
