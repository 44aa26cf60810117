using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Link;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The verification flow of one reader, independent of any UI: waits for a card, lets the patient prove it is theirs
/// (face, PIN or staff's 目視確認), has the terminal ask the national service, asks the configured consents and ends
/// with the result written — or with an error code — and, in 公費 paper mode, reads a paper certificate after it.
/// Cancel, timeout and card removal end it from any state before the result is written; the session's memory is
/// wiped whatever the ending. This class orders the steps; each step (<see cref="FaceStep"/>, <see cref="PinStep"/>,
/// <see cref="QualificationStep"/>, <see cref="ConsentStep"/>, <see cref="PaperStep"/>) draws its own screens.
/// </summary>
public sealed partial class VerificationFlow(ReaderDevices devices, FlowOptions options, ITerminalChannel terminal,
    X509Certificate2 identity, string readerId, TimeProvider clock)
{
    private readonly PatientScreen _screen = new(clock);
    private FlowOptions? _nextOptions;
    private volatile bool _nationalServiceDown;
    // the session under way's: cancelled when the national service goes down before its result is asked for
    private CancellationTokenSource? _sessionOutage;

    public event Action<FlowScreen>? ScreenChanged
    {
        add => _screen.Changed += value;
        remove => _screen.Changed -= value;
    }

    public event Action<SessionOutcome>? SessionEnded;

    /// <summary>A session ended by a fault no step expected (it ended with <see cref="FlowErrors.ReaderFault"/>).</summary>
    public event Action<Exception>? SessionFault;

    public FlowScreen Screen => _screen.Current;

    /// <summary>The face camera's latest frame while the face step runs, when <see cref="FlowOptions.LivePreview"/>.</summary>
    public LivePreview Preview { get; } = new();

    public string ReaderId => readerId;

    /// <summary>Queues an input; false when the queue is full and it was dropped.</summary>
    public bool Send(FlowInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _screen.Send(input);
    }

    /// <summary>The settings in force from the next patient on (the console's changes).</summary>
    public FlowOptions Options => Volatile.Read(ref _nextOptions) ?? options;

    /// <summary>New settings from the terminal's console; a patient's session keeps the ones it started with.</summary>
    public void UpdateOptions(FlowOptions next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Volatile.Write(ref _nextOptions, next);
    }

    /// <summary>
    /// The terminal's word on the national service (R43). While it is down the idle screen says what to do and a card
    /// placed starts no session; a session under way ends at once with <see cref="LinkErrorCodes.NationalServiceDown"/>
    /// unless its result has been asked for already (that answer decides it).
    /// </summary>
    public void NoticeNationalService(bool down)
    {
        _nationalServiceDown = down;
        if (down && Volatile.Read(ref _sessionOutage) is { } session)
        {
            try
            {
                session.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // that session has just ended
            }
        }
        if (_screen.Current.State == FlowState.Idle) _screen.Show(Idle());
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            PlacedCard card;
            ICardSlot slot;
            try
            {
                (card, slot) = await WaitForTokenAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            _screen.DropTaps();
            var outcome = await RunSessionAsync(card, phone: slot != devices.Slot, stopping).ConfigureAwait(false);
            SessionEnded?.Invoke(outcome);
            try
            {
                await slot.WaitForRemovalAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>
    /// The idle screen until a card is placed, or — on a unit with a smartphones' reader — until the patient taps
    /// スマートフォン and holds a phone over that reader. A card placed while the choice is made wins: it is there.
    /// Meanwhile the slot and the card camera are watched for a card that does not answer or is not found (R37).
    /// </summary>
    private async Task<(PlacedCard Card, ICardSlot Slot)> WaitForTokenAsync(CancellationToken stopping)
    {
        while (true)
        {
            _screen.Show(Idle());
            Task<PlacedCard> card;
            using (var idling = CancellationTokenSource.CreateLinkedTokenSource(stopping))
            {
                card = devices.Slot.WaitForCardAsync(idling.Token);
                var watch = IdleCardWatch.RunAsync(devices.Slot, devices.CardCamera, Options.CardNotDetectedAfter,
                    code => _screen.Show(code is null ? Idle() : Idle() with { ErrorCode = code, ErrorMessage = FlowErrors.Message(code) }), idling.Token);
                var chose = devices.PhoneSlot is null ? Task.Delay(Timeout.Infinite, idling.Token) : _screen.NextTapAsync(i => i is UseSmartphone, idling.Token);
                await Task.WhenAny(card, chose).ConfigureAwait(false);
                await idling.CancelAsync().ConfigureAwait(false);
                // the watch has closed the card camera before a session opens it
                await watch.ConfigureAwait(false);
                await chose.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                try
                {
                    return (await card.ConfigureAwait(false), devices.Slot);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    // the patient chose the phone and no card came meanwhile
                }
            }

            if (await WaitForPhoneAsync(devices.PhoneSlot!, stopping).ConfigureAwait(false) is { } phone) return (phone, devices.PhoneSlot!);
        }
    }

    private FlowScreen Idle() => FlowScreen.For(FlowState.Idle) with
    {
        SmartphoneAvailable = devices.PhoneSlot is not null && !_nationalServiceDown,
        NationalServiceDown = _nationalServiceDown,
    };

    /// <summary>
    /// The phone screen until a phone is held over the smartphones' reader; null when the patient cancels or the
    /// input timeout passes first (the idle screen comes back).
    /// </summary>
    private async Task<PlacedCard?> WaitForPhoneAsync(ICardSlot phoneSlot, CancellationToken stopping)
    {
        // the phone's session starts here: the settings in force now are its own
        TakeOptions();
        _screen.Show(FlowScreen.For(FlowState.PhoneWait) with { Phone = true });
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var phone = phoneSlot.WaitForCardAsync(waiting.Token);
        // no input is accepted here: it ends with 中止 or the timeout (FlowEndedException), or the accessible mode is started
        var given = _screen.WaitInputAsync(_ => false, waiting.Token);
        await Task.WhenAny(phone, given).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        await given.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        try
        {
            return await phone.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            _screen.EndSession();
            return null;
        }
    }

    private async Task<SessionOutcome> RunSessionAsync(PlacedCard card, bool phone, CancellationToken stopping)
    {
        TakeOptions();
        var steps = StepsOf(options);
        long placed = Stopwatch.GetTimestamp();
        var session = new PatientSession();
        var run = new SessionRun(session);
        using var outage = new CancellationTokenSource();
        Volatile.Write(ref _sessionOutage, outage);
        using var scope = CancellationTokenSource.CreateLinkedTokenSource(stopping, card.Removed, outage.Token);
        string? error = null;
        try
        {
            if (_nationalServiceDown) throw new FlowEndedException(LinkErrorCodes.NationalServiceDown, FlowErrors.Message(LinkErrorCodes.NationalServiceDown));
            // on a card slot that also takes phones (R42) the token says what it is: no tap on スマートフォン is needed
            if (phone || (devices.PhonesOnCardSlot && IsPhone(card))) await VerifyPhoneAsync(run, steps, card, scope.Token, stopping).ConfigureAwait(false);
            else await VerifyAsync(run, steps, card, scope.Token, stopping).ConfigureAwait(false);
        }
        catch (FlowEndedException e)
        {
            error = e.Code;
            _screen.Show(FlowScreen.For(FlowState.Error) with { ErrorCode = e.Code, ErrorMessage = e.Message });
        }
        catch (Exception e) when (e is OperationCanceledException or NotMyNumberCardException or CardStatusException or CardProtocolException or PcscException)
        {
            error = card.SlotFailed ? FlowErrors.CardFault
                : card.Removed.IsCancellationRequested || e is CardRemovedException ? FlowErrors.CardRemoved
                : outage.IsCancellationRequested ? LinkErrorCodes.NationalServiceDown
                : e is OperationCanceledException ? FlowErrors.Cancelled
                : e is NotMyNumberCardException ? FlowErrors.NotMyNumberCard
                : FlowErrors.CardFault;
            _screen.Show(FlowScreen.For(FlowState.Error) with { ErrorCode = error, ErrorMessage = FlowErrors.Message(error) });
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            // a camera, an engine or a bug: this session ends with a code (wiped below like any other), the reader
            // stays up for the next patient, and the host's log gets the fault's type
            error = FlowErrors.ReaderFault;
            SessionFault?.Invoke(e);
            _screen.Show(FlowScreen.For(FlowState.Error) with { ErrorCode = error, ErrorMessage = FlowErrors.Message(error) });
        }
        finally
        {
            try
            {
                await Task.WhenAll(run.Stopping).ConfigureAwait(false);
                if (run.TerminalInvolved)
                    terminal.Notify(new LinkRequest(TerminalRequests.NewMessageId(), session.Id, LinkRequestKind.Abandon) { ErrorCode = error });
                terminal.Notify(new LinkRequest(TerminalRequests.NewMessageId(), session.Id, LinkRequestKind.Report)
                {
                    ErrorCode = error, Method = run.Method, DurationMs = (long)Stopwatch.GetElapsedTime(placed).TotalMilliseconds,
                });
            }
            finally
            {
                Interlocked.CompareExchange(ref _sessionOutage, null, outage);
                _screen.EndSession();
                SessionRelease.WipeThenRelease(session, card);
            }
        }
        return new SessionOutcome(session.Id, run.ResultFile, error, run.Method, run.Stages)
        {
            CertificateFile = run.CertificateFile, Total = run.Total, Session = session,
        };
    }

    // a phone's JPKI-AP says it is a phone (EF 0006); a card, or a token without JPKI-AP, takes the card's way
    private static bool IsPhone(PlacedCard token)
    {
        try
        {
            return MyNumberCard.OpenJpki(token.Transport).ReadTokenType() is TokenType.Android or TokenType.IPhone;
        }
        catch (NotMyNumberCardException)
        {
            return false;
        }
    }

    /// <param name="ct">Ends with the card's removal: up to the result, the card must stay.</param>
    /// <param name="stopping">Only the reader's shutdown: the patient takes the card away to place a paper certificate.</param>
    private async Task VerifyAsync(SessionRun run, SessionSteps steps, PlacedCard card, CancellationToken ct, CancellationToken stopping)
    {
        _screen.Show(FlowScreen.For(FlowState.ReadingCard));
        // two tokens at once (R37): a phone left on the smartphones' reader while the card is placed
        if (!devices.PhonesOnCardSlot && devices.PhoneSlot?.IsCardPresent() == true) throw new FlowEndedException(FlowErrors.CardAndPhone);
        var myna = MyNumberCard.Open(card.Transport);
        var pinRetries = myna.Jpki.GetAuthenticationPinRetries();
        // a 顔認証マイナンバーカード has no PIN set, which the card answers like a blocked one (63C0); its text AP PIN
        // is unset too, where a card whose user-auth PIN was locked by wrong tries still has that one. That this
        // tells the two apart is our assumption (no public source says how a reader should); both leave the pad unusable.
        bool pinNotSet = pinRetries.IsBlocked && myna.Text?.GetPinRetries().IsBlocked != false;
        bool visual = options.VisualCheckEnabled || pinRetries.IsBlocked;
        var proven = await ProveAsync(run, steps, myna, visual, pinNotSet, ct).ConfigureAwait(false);
        var qualification = await steps.Qualification.RunAsync(run, myna.Jpki, proven, ct).ConfigureAwait(false);
        await ConsentAndCompleteAsync(run, steps, qualification, ct, stopping).ConfigureAwait(false);
    }

    /// <summary>
    /// Method choice until one proves the card is the patient's. The card face is read from the start (unless the
    /// clinic turned that off), stopped when the patient goes another way and started again should they come back
    /// to 顔認証. A stopped reading may still be inside one frame's OCR; the patient does not wait for it, the session's
    /// end does.
    /// </summary>
    private async Task<AuthenticationMethod> ProveAsync(SessionRun run, SessionSteps steps, MyNumberCard myna, bool visual, bool pinNotSet, CancellationToken ct)
    {
        ICardFaceReading? cardFace = options.ReadCardFaceOnPlacement ? steps.Face.StartCardFaceReading(myna, ct) : null;
        try
        {
            bool face = true;
            string? notice = pinNotSet ? FlowErrors.PinNotSet : null;
            while (true)
            {
                _screen.Show(FlowScreen.For(FlowState.MethodChoice) with
                {
                    FaceAvailable = face, PinAvailable = !pinNotSet, VisualAvailable = visual, ErrorCode = notice,
                    ErrorMessage = notice is null ? null : FlowErrors.Message(notice),
                });
                var choice = (ChooseMethod)await _screen.WaitInputAsync(i => i is ChooseMethod c && (c.Method != AuthenticationMethod.Face || face)
                    && (c.Method != AuthenticationMethod.Visual || visual) && (c.Method != AuthenticationMethod.Pin || !pinNotSet), ct).ConfigureAwait(false);
                run.Start(choice.Method);
                if (choice.Method == AuthenticationMethod.Pin && cardFace is not null)
                {
                    run.Stopping.Add(cardFace.DisposeAsync().AsTask());
                    cardFace = null;
                }
                switch (choice.Method)
                {
                    case AuthenticationMethod.Face:
                        cardFace ??= steps.Face.StartCardFaceReading(myna, ct);
                        notice = await steps.Face.RunAsync(run, myna, cardFace, pinNotSet, ct).ConfigureAwait(false);
                        if (notice is null) return AuthenticationMethod.Face;
                        face = false;
                        // without a PIN the face's notice ("use the PIN") would mislead: 目視確認 is what is left
                        if (pinNotSet) notice = FlowErrors.PinNotSet;
                        break;
                    case AuthenticationMethod.Pin:
                        var pin = await steps.Pin.RunAsync(run.Session, myna.Jpki, ct).ConfigureAwait(false);
                        if (pin == PinStep.Outcome.Verified) return AuthenticationMethod.Pin;
                        if (pin == PinStep.Outcome.Blocked)
                        {
                            visual = true;
                            notice = FlowErrors.PinBlocked;
                        }
                        break;
                    default:
                        // the card face goes on being read while staff look: what they approve is then bound to the certificate too
                        cardFace ??= steps.Face.StartCardFaceReading(myna, ct);
                        _screen.Show(FlowScreen.For(FlowState.VisualCheck));
                        var decision = (StaffDecision)await _screen.WaitInputAsync(i => i is StaffDecision, ct).ConfigureAwait(false);
                        if (!decision.Approved) throw new FlowEndedException(FlowErrors.VisualDenied);
                        await steps.Face.BindCardRecordsAsync(run, myna, cardFace, ct).ConfigureAwait(false);
                        return AuthenticationMethod.Visual;
                }
            }
        }
        finally
        {
            if (cardFace is not null) run.Stopping.Add(cardFace.DisposeAsync().AsTask());
        }
    }

    /// <param name="ct">Until the result is written: a card's removal ends it; a phone's does not (it is done once it signed).</param>
    private async Task ConsentAndCompleteAsync(SessionRun run, SessionSteps steps, QualificationNotice qualification, CancellationToken ct,
        CancellationToken stopping)
    {
        if (qualification.Status is not (QualificationStatus.Valid or QualificationStatus.ValidPublicAssistance))
        {
            // the receipt computer still gets the answer (e.g. 該当資格なし); the patient is sent to the counter
            await CompleteAsync(run, steps, certificateFollows: false, ct).ConfigureAwait(false);
            throw new FlowEndedException(FlowErrors.NotQualified);
        }

        await steps.Consents.RunAsync(run, qualification, ct).ConfigureAwait(false);
        bool paper = options.PaperMode && options.PaperForms.Count > 0;
        await CompleteAsync(run, steps, paper, ct).ConfigureAwait(false);
        run.Finish();
        if (paper) await steps.Paper.RunAsync(run, stopping).ConfigureAwait(false);
        _screen.Show(FlowScreen.For(FlowState.Completed) with
        {
            CertificateExpiresSoon = qualification.CertificateExpiresSoon, CertificateInGrace = qualification.CertificateInGrace,
            CertificateSent = run.CertificateFile is not null,
        });
    }

    /// <param name="certificateFollows">Paper mode: the terminal keeps the session for the certificate.</param>
    private async Task CompleteAsync(SessionRun run, SessionSteps steps, bool certificateFollows, CancellationToken ct)
    {
        // from here the terminal's answer decides: an outage noticed now must not tell the patient "failed" while
        // the result may be written behind them
        Volatile.Write(ref _sessionOutage, null);
        _screen.Show(FlowScreen.For(FlowState.Completing));
        var reply = await steps.Terminal.AskAsync(new LinkRequest(TerminalRequests.NewMessageId(), run.Session.Id, LinkRequestKind.Complete)
        {
            Consents = [.. run.Session.Consents],
            Prescription = run.Session.Prescription,
            UseMedicalSubsidies = run.Session.UseMedicalSubsidies,
            CertificateFollows = certificateFollows,
        }, ct).ConfigureAwait(false);
        run.ResultFile = reply.ResultFile ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
        run.TerminalInvolved = certificateFollows;
    }

    /// <summary>The settings in force now become the session's own; the console's later changes wait for the next.</summary>
    private void TakeOptions()
    {
        options = Options;
        _screen.InputTimeout = options.InputTimeout;
    }

    private SessionSteps StepsOf(FlowOptions session)
    {
        var requests = new TerminalRequests(terminal, session.TerminalTimeout);
        return new SessionSteps(
            new FaceStep(_screen, devices, session, clock, Preview),
            new PinStep(_screen),
            new QualificationStep(_screen, requests, identity, readerId, clock),
            new ConsentStep(_screen, session, clock),
            new PaperStep(_screen, devices, session, requests),
            requests);
    }
}
