using MynaGate.Onshi.Contract;

namespace MynaGate.Link.Messages;

/// <summary>
/// The clinic's settings the terminal's console pushes to every reader (R12, R13, R14, R17, R31, R35, X5). A reader applies
/// the flow's part from its next patient on and the screen's part at once.
/// </summary>
public sealed record ReaderSettings
{
    /// <summary>The patient languages a reader can show; 日本語 is always offered.</summary>
    public static readonly IReadOnlyList<string> SupportedLanguages = ["ja", "en", "zh", "ko", "vi", "pt"];

    public const int MaxMessageLength = 200;
    public static readonly TimeSpan MinInputTimeout = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan MaxInputTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Consent screens, in order (a national set of <see cref="ConsentSets"/> or the clinic's own).</summary>
    public IReadOnlyList<ConsentItem> Consents { get; init; } = ConsentSets.National2024;

    /// <summary>電子処方箋 or 紙 asked after the consents (R35).</summary>
    public bool PrescriptionChoice { get; init; } = true;

    /// <summary>「医療費助成の各種受給者証を利用しますか」 asked when the national hub holds some for the patient (R39).</summary>
    public bool MedicalSubsidyQuestion { get; init; } = true;

    /// <summary>目視確認 offered to every patient (a card with a blocked PIN is offered it anyway).</summary>
    public bool VisualCheck { get; init; }

    /// <summary>紙の公費医療券等確認モード.</summary>
    public bool PaperMode { get; init; }

    public bool DebugMode { get; init; }
    public bool Voice { get; init; } = true;
    /// <summary>0 to 1.</summary>
    public double VoiceVolume { get; init; } = 0.8;
    public IReadOnlyList<string> Languages { get; init; } = SupportedLanguages;
    /// <summary>The clinic's completion message, or null for the standard one.</summary>
    public string? CompletionMessage { get; init; }
    /// <summary>A screen waiting for the patient gives up after this many seconds (R11).</summary>
    public int InputTimeoutSeconds { get; init; } = 60;

    /// <summary>What is wrong with these settings, one message per problem; empty when they can be applied.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Consents.Distinct().Count() != Consents.Count) problems.Add("A consent screen is listed twice.");
        if (Consents.Any(c => !Enum.IsDefined(c))) problems.Add("An unknown consent screen is listed.");
        if (!Languages.Contains("ja")) problems.Add("日本語 must stay offered.");
        if (Languages.Any(l => !SupportedLanguages.Contains(l))) problems.Add("An unknown language is listed.");
        if (Languages.Distinct().Count() != Languages.Count) problems.Add("A language is listed twice.");
        if (double.IsNaN(VoiceVolume) || VoiceVolume is < 0 or > 1) problems.Add("The voice volume must be between 0 and 1.");
        if (CompletionMessage is { Length: > MaxMessageLength }) problems.Add($"The completion message is longer than {MaxMessageLength} characters.");
        if (InputTimeoutSeconds < MinInputTimeout.TotalSeconds || InputTimeoutSeconds > MaxInputTimeout.TotalSeconds)
            problems.Add($"The input timeout must be between {MinInputTimeout.TotalSeconds:0} and {MaxInputTimeout.TotalSeconds:0} seconds.");
        return problems;
    }

    /// <summary>Same values (records compare lists by reference).</summary>
    public bool SameAs(ReaderSettings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Consents.SequenceEqual(other.Consents) && Languages.SequenceEqual(other.Languages)
            && this with { Consents = other.Consents, Languages = other.Languages } == other;
    }
}
