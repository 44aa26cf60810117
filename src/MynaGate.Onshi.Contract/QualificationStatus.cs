namespace MynaGate.Onshi.Contract;

/// <summary>The qualification found for the card (OQSCD006, spec §3.3 QualificationValidity).</summary>
public enum QualificationStatus
{
    Valid = 1,
    Invalid = 2,
    InvalidNewerExists = 3,
    NotFound = 4,
    SeveralMatches = 5,
    ValidPublicAssistance = 6,
}
