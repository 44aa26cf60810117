namespace MynaGate.Link.Errors;

/// <summary>
/// One code the product can show or log: why it happens, what staff do about it and what support needs to look into
/// it. The patient's screen text lives with the kiosk's other texts (KioskText, every UI language) under
/// <see cref="PatientTextKey"/>.
/// </summary>
public sealed record ErrorEntry(string Code, ErrorArea Area, ErrorAudience Audience, Bilingual Cause, Bilingual StaffAction, Bilingual SupportNeeds)
{
    /// <summary>The kiosk text shown to the patient (Error_E204, Error_Terminal…); null for staff-only codes.</summary>
    public string? PatientTextKey { get; init; }
}
