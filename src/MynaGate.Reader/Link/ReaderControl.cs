using MynaGate.Link;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Web;

namespace MynaGate.Reader.Link;

/// <summary>
/// What the paired terminal may see and change on this reader: the screen as the staff mirror shows it, the last
/// error, the 目視確認 decision and the clinic's settings. Each change raises the status version, for which the
/// terminal waits.
/// </summary>
public sealed class ReaderControl : IDisposable
{
    private readonly VerificationFlow _flow;
    private readonly KioskServer? _kiosk;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private ReaderStatus _status;
    private readonly ChangeFeed _feed = new();

    public ReaderControl(VerificationFlow flow, KioskServer? kiosk, string serial, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(flow);
        _flow = flow;
        _kiosk = kiosk;
        _clock = clock;
        _status = new ReaderStatus(1, flow.ReaderId, serial, Mirror(flow.Screen), CurrentSettings()) { Software = ProductVersion.Current };
        flow.ScreenChanged += OnScreenChanged;
    }

    public ReaderStatus Status
    {
        get
        {
            lock (_gate) return _status;
        }
    }

    /// <summary>The status once its version is above <paramref name="after"/>; null when that did not happen within <paramref name="wait"/>.</summary>
    public async Task<ReaderStatus?> WaitAsync(long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        await foreach (long _ in _feed.SubscribeAsync(deadline.Token).ConfigureAwait(false))
        {
            var status = Status;
            if (status.Version > after) return status;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }

    /// <summary>The staff's 目視確認 decision made on <paramref name="screen"/>; false when that screen is not the 目視確認 shown now.</summary>
    public bool Decide(bool approved, long screen)
    {
        var shown = _flow.Screen;
        if (shown.State != FlowState.VisualCheck || shown.Version != screen) return false;
        // the flow drops it too if the screen changes between this check and the flow taking it
        _flow.Send(new StaffDecision(approved) { Screen = screen });
        return true;
    }

    /// <summary>Applies <paramref name="settings"/>: the screen's part at once, the flow's from the next patient. Returns the problems that stopped it.</summary>
    public IReadOnlyList<string> Apply(ReaderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0) return problems;
        _flow.UpdateOptions(_flow.Options with
        {
            Consents = settings.Consents,
            PrescriptionChoice = settings.PrescriptionChoice,
            MedicalSubsidyQuestion = settings.MedicalSubsidyQuestion,
            VisualCheckEnabled = settings.VisualCheck,
            PaperMode = settings.PaperMode,
            InputTimeout = TimeSpan.FromSeconds(settings.InputTimeoutSeconds),
        });
        _kiosk?.Update(_kiosk.Options with
        {
            DebugMode = settings.DebugMode,
            Voice = settings.Voice,
            VoiceVolume = settings.VoiceVolume,
            Languages = settings.Languages,
            CompletionMessage = string.IsNullOrWhiteSpace(settings.CompletionMessage) ? null : settings.CompletionMessage,
        });
        Change(status => status with { Settings = CurrentSettings() });
        return [];
    }

    /// <summary>The terminal's word on the national service (R43): the flow shows the outage, and the status says it is shown.</summary>
    public void Notice(NationalServiceNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        _flow.NoticeNationalService(notice.Down);
        Change(status => status with { NationalService = notice });
    }

    private ReaderSettings CurrentSettings()
    {
        var flow = _flow.Options;
        var kiosk = _kiosk?.Options ?? new KioskOptions();
        return new ReaderSettings
        {
            Consents = flow.Consents,
            PrescriptionChoice = flow.PrescriptionChoice,
            MedicalSubsidyQuestion = flow.MedicalSubsidyQuestion,
            VisualCheck = flow.VisualCheckEnabled,
            PaperMode = flow.PaperMode,
            InputTimeoutSeconds = (int)flow.InputTimeout.TotalSeconds,
            DebugMode = kiosk.DebugMode,
            Voice = kiosk.Voice,
            VoiceVolume = kiosk.VoiceVolume,
            Languages = kiosk.Languages,
            CompletionMessage = kiosk.CompletionMessage,
        };
    }

    private void OnScreenChanged(FlowScreen screen) => Change(status => screen.State == FlowState.Error
        ? status with { Screen = Mirror(screen), LastErrorCode = screen.ErrorCode, LastErrorAt = _clock.GetUtcNow() }
        : status with { Screen = Mirror(screen) });

    private void Change(Func<ReaderStatus, ReaderStatus> change)
    {
        lock (_gate) _status = change(_status) with { Version = _status.Version + 1 };
        _feed.Changed();
    }

    /// <summary>The screen without what is the patient's alone (the pad's layout, the paper's fields).</summary>
    private static MirrorScreen Mirror(FlowScreen screen) => new(screen.State.ToString(), screen.ScreenId, screen.Step.ToString())
    {
        TriesLeft = screen.TriesLeft,
        LastTry = screen.LastTry,
        DigitsEntered = screen.DigitsEntered,
        Consent = screen.Consent,
        Accessible = screen.Accessible,
        Guidance = screen.Guidance?.ToString(),
        PaperForm = screen.PaperForm?.ToString(),
        ErrorCode = screen.ErrorCode,
        ErrorMessage = screen.ErrorMessage,
        Version = screen.Version,
    };

    public void Dispose() => _flow.ScreenChanged -= OnScreenChanged;
}
