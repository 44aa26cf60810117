namespace MynaGate.Terminal.Logging;

/// <summary>
/// What the operation and error log can say (R28). The log takes only these codes, a reader id and an error code, so
/// no personal value can reach it.
/// </summary>
public enum TerminalEvent
{
    TerminalStarted,
    TerminalStopped,
    ReaderPaired,
    PairingRefused,
    LicenceExceeded,
    LinkUp,
    LinkDown,
    ChallengeIssued,
    QualificationRelayed,
    QualificationRefused,
    ResultWritten,
    /// <summary>The national service refused a check, and the file saying so (SegmentOfResult 9) was written for the receipt computer.</summary>
    RefusalWritten,
    ResultFailed,
    CertificateWritten,
    CertificateSkipped,
    SessionAbandoned,
    RequestRefused,
    NationalServiceFailed,
    SessionSucceeded,
    SessionFailed,
    SettingsSaved,
    SettingsApplied,
    SettingsRefused,
    StaffApproved,
    StaffDenied,
    ConsoleSignedIn,
    ConsoleSignInFailed,
    ConsoleLockedOut,
    ConsoleSignedOut,
    ReaderUnpaired,
    ConsoleAccountSet,
    /// <summary>The patient answered the prescription choice; which answer is in the result XML only.</summary>
    PrescriptionAnswered,
    /// <summary>The patient chose to use the municipal 受給者証 the national hub holds (R39): they are in the result XML.</summary>
    MedicalSubsidiesUsed,
    /// <summary>The patient chose not to use them: the result XML says so and carries none.</summary>
    MedicalSubsidiesDeclined,
    /// <summary>A reader link's loop ended without the terminal stopping it, and was started again.</summary>
    LinkRestarted,
    /// <summary>A reader paired again (after a reset, or at a new address): its earlier pairing was replaced.</summary>
    ReaderPairingReplaced,
    /// <summary>A console sign-in refused without a password check: its address used its share of attempts.</summary>
    ConsoleSignInThrottled,
    ConsoleAccountDisabled,
    ConsoleAccountEnabled,
    ConsoleAccountDeleted,
    ReceptionKeyCreated,
    ReceptionKeyRevoked,
    /// <summary>A card's identity was bound by birth date and sex alone: the name could not be compared under the rule.</summary>
    IdentityNameNotCompared,
    /// <summary>A 目視確認 whose card face could not be read: nothing bound the card's records to its certificate.</summary>
    VisualCheckUnbound,
    /// <summary>The card's certificate has expired and is in its three months' grace (R40): eligibility only, no viewing consents.</summary>
    CertificateInGrace,
    /// <summary>The national service failed often enough in a row to be called down (R43): readers show the outage.</summary>
    NationalServiceDown,
    /// <summary>The national service answered again after an outage: readers take patients again.</summary>
    NationalServiceRestored,
}
