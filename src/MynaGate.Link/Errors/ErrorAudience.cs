namespace MynaGate.Link.Errors;

/// <summary>Who sees a code: the patient on the reader's screen (and staff on the mirror and in the log), or staff only.</summary>
public enum ErrorAudience
{
    /// <summary>The kiosk's error screen, the console's mirror and the log.</summary>
    Patient,

    /// <summary>The console only (reader list, pairing page) and the log.</summary>
    Staff,
}
