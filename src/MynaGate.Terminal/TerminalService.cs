using System.Collections.Concurrent;
using System.Net;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Storage;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Reception;
using MynaGate.Terminal.Relay;
using MynaGate.Terminal.Results;
using MynaGate.Terminal.Settings;

namespace MynaGate.Terminal;

/// <summary>
/// The 資格確認端末 service: pairs readers (up to the licence), keeps a link to each, relays their sessions to the
/// national service and writes the results for the receipt computer.
/// </summary>
public sealed class TerminalService : IAsyncDisposable
{
    private readonly TerminalOptions _options;
    private readonly PairedReaderStore _paired;
    private readonly ReaderSettingsStore _settings;
    private readonly INationalService _nationalService;
    private readonly ConcurrentDictionary<string, RunningLink> _links = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _pairing = new(1, 1);

    private TerminalService(TerminalOptions options, TerminalEventLog log)
    {
        _options = options;
        Log = log;
        _paired = new PairedReaderStore(Path.Combine(options.StateDirectory, "paired-readers.json"));
        _settings = new ReaderSettingsStore(Path.Combine(options.StateDirectory, "reader-settings.json"));
        _nationalService = options.NationalServiceAdapter
            ?? new NationalServiceClient(options.NationalService, options.Identity, options.NationalServicePin, options.NationalServiceTimeout);
        Directory.CreateDirectory(options.FaceFolder);
        Directory.CreateDirectory(options.CertificateFolderOrDefault);
        // a write killed mid-way (power cut, kill -9) left a hidden temporary file; the receipt computer never read it
        AtomicFileWriter.RemoveStaleTemporaries(options.FaceFolder);
        AtomicFileWriter.RemoveStaleTemporaries(options.CertificateFolderOrDefault);
        AtomicFileWriter.RemoveStaleTemporaries(options.StateDirectory);
        NationalService = new NationalServiceWatch(_nationalService.CheckHealthAsync, log, options.Clock,
            options.NationalServiceOutageAfterFailures, options.NationalServiceProbeInterval);
        NationalService.Changed += OnNationalServiceChanged;
        Relay = new SessionRelay(_nationalService, NationalService, new FaceResultWriter(options.FaceFolder, options.CharacterCode),
            new CertificateResultWriter(options.CertificateFolderOrDefault, options.CharacterCode, options.MedicalInstitutionCode), log,
            options.MedicalInstitutionCode, options.Clock);
        Reception = new ReceptionDesk(options.Clock);
        Relay.SessionReported += Reception.OnSessionReported;
    }

    public TerminalEventLog Log { get; }
    public SessionRelay Relay { get; }

    /// <summary>Whether the national service can be used, and its recent outages (R43).</summary>
    public NationalServiceWatch NationalService { get; }

    private Task _probing = Task.CompletedTask;

    /// <summary>Reception systems' requests for the next verification on a reader (R26).</summary>
    public ReceptionDesk Reception { get; }
    public CertificatePin Pin => CertificatePin.Of(_options.Identity);
    private static readonly TimeSpan LinkRestartPause = TimeSpan.FromSeconds(1);

    public IReadOnlyCollection<ReaderLink> Links => [.. _links.Values.Select(l => l.Link)];

    /// <summary>Each paired reader's link and last status, by reader id.</summary>
    public IReadOnlyList<ReaderOverview> Readers =>
    [
        // the status watch answers within a second of the reader coming up; the request poll only when its long poll
        // returns; a request poll that reports a problem makes the link down whatever the status watch sees
        .. _links.Values.Select(l => (l, Up: l.Link.IsUp || (l.Watch.Latest is not null && l.Link.LastProblem is null)))
            .Select(x => new ReaderOverview(x.l.Link.Reader, x.Up, x.Up ? null : x.l.Link.LastProblem?.Code, x.Up ? null : x.l.Link.LastProblem?.Message, x.l.Watch.Latest))
            .OrderBy(r => r.Reader.ReaderId, StringComparer.Ordinal),
    ];

    /// <summary>A reader's status changed (the mirror redraws), or null: the reader cannot be reached.</summary>
    public event Action<PairedReader, ReaderStatus?>? ReaderStatusChanged;

    /// <summary>The settings the console saved, or null before it saved any (each reader keeps its own).</summary>
    public ReaderSettings? SavedSettings => _settings.Load();

    /// <summary>
    /// Saves the clinic's settings and pushes them to every reader now reachable; a reader that is not is brought to
    /// them when its link comes back. Returns the problems that kept them from being saved.
    /// </summary>
    /// <param name="account">The console account that saved them, for the log.</param>
    public async Task<IReadOnlyList<string>> SaveSettingsAsync(ReaderSettings settings, string? account = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = settings.Problems();
        if (problems.Count > 0) return problems;
        _settings.Save(settings);
        Log.Write(TerminalEvent.SettingsSaved, account: account);
        foreach (var running in _links.Values)
        {
            try
            {
                await running.Watch.ConformAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or UnauthorizedAccessException or IOException)
            {
                // the reader's status watch pushes them once the reader answers again
            }
        }
        return [];
    }

    /// <summary>
    /// The staff's 目視確認 decision for the patient at <paramref name="readerId"/>, made on the mirror's
    /// <paramref name="screen"/> (<see cref="Link.Messages.MirrorScreen.Version"/>); false when that reader no longer shows it.
    /// </summary>
    /// <param name="account">The console account of the staff member who decided, for the log.</param>
    public async Task<bool> DecideAsync(string readerId, bool approved, long screen, string? account = null, CancellationToken cancellationToken = default)
    {
        if (!_links.TryGetValue(readerId, out var running)) return false;
        if (!await running.Connection.DecideAsync(approved, screen, cancellationToken).ConfigureAwait(false)) return false;
        Log.Write(approved ? TerminalEvent.StaffApproved : TerminalEvent.StaffDenied, readerId, account: account);
        return true;
    }

    /// <summary>Opens the log and starts a link to every reader paired before.</summary>
    public static async Task<TerminalService> StartAsync(TerminalOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.StateDirectory);
        var log = new TerminalEventLog(SqlDataSource.Open(options.LogConnectionString, Path.Combine(options.StateDirectory, "terminal-log.db")), options.Clock);
        await log.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var service = new TerminalService(options, log);
        log.Write(TerminalEvent.TerminalStarted);
        foreach (var reader in service._paired.Load()) service.StartLink(reader);
        service._probing = Task.Run(() => service.NationalService.RunAsync(service._stopping.Token), CancellationToken.None);
        return service;
    }

    /// <summary>
    /// Pairs with the reader at <paramref name="address"/> using the one-time code its screen shows, registers it
    /// with the national service and starts its link.
    /// </summary>
    public async Task<PairedReader> PairAsync(Uri address, string code, CancellationToken cancellationToken = default)
    {
        await _pairing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var paired = _paired.Load().ToList();
            var existing = paired.FirstOrDefault(r => r.Address == address);
            if (existing is null && paired.Count >= _options.LicensedReaders)
            {
                Log.Write(TerminalEvent.LicenceExceeded, errorCode: PairingException.LicenceExceeded);
                throw new PairingException(PairingException.LicenceExceeded,
                    $"This terminal is licensed for {_options.LicensedReaders} reader(s) and all are paired; unpair one or extend the licence.");
            }

            var reader = await ExchangeAsync(address, code, cancellationToken).ConfigureAwait(false);
            try
            {
                if (!DeviceNames.IsReaderId(reader.ReaderId) || !DeviceNames.IsSerial(reader.Serial))
                    throw Refused(PairingException.ReaderNameMalformed, "The reader stated an id or serial number of the wrong shape: check its Reader:Id and Reader:Serial.");
                // the same id may come back (a reader re-paired after a reset, or moved to another address): the old
                // pairing is replaced; another device claiming an id in use is refused
                var holder = paired.FirstOrDefault(r => r.ReaderId == reader.ReaderId);
                if (holder is not null && !holder.Certificate.AsSpan().SequenceEqual(reader.Certificate))
                    throw Refused(PairingException.ReaderIdTaken, $"Another reader is paired as {reader.ReaderId}: give this one another Reader:Id, or unpair that one first.");
                using var device = reader.LoadCertificate();
                await _nationalService.RegisterDeviceAsync(device, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PairingException or NationalServiceException)
            {
                // all or nothing: the reader has pinned this terminal by now, so it is told to forget it again and
                // shows a new code, rather than refusing every later attempt (P105) until someone resets it on site
                await ForgetOnReaderAsync(reader, cancellationToken).ConfigureAwait(false);
                if (e is PairingException) throw;
                Log.Write(TerminalEvent.PairingRefused, errorCode: PairingException.NotReachable);
                throw new PairingException(PairingException.NotReachable,
                    $"The national service did not register the reader, so the pairing was undone on both sides; pair again once it answers: {e.Message}", e);
            }

            if (existing is not null) await StopLinkAsync(existing.ReaderId).ConfigureAwait(false);
            bool replaces = paired.RemoveAll(r => r.Address == address || r.ReaderId == reader.ReaderId) > 0;
            paired.Add(reader);
            _paired.Save(paired);
            Log.Write(replaces ? TerminalEvent.ReaderPairingReplaced : TerminalEvent.ReaderPaired, reader.ReaderId);
            StartLink(reader);
            return reader;
        }
        finally
        {
            _pairing.Release();
        }
    }

    /// <summary>
    /// Unpairs a reader: asks it to forget this terminal (so it shows a new code), then forgets it here. A reader that
    /// cannot be reached is forgotten here all the same; it shows its code again once reset on site.
    /// </summary>
    /// <returns>False when no reader by that id was paired; otherwise whether the reader itself confirmed.</returns>
    public async Task<(bool Known, bool ReaderForgot)> UnpairAsync(string readerId, CancellationToken cancellationToken = default)
    {
        await _pairing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var paired = _paired.Load().ToList();
            if (paired.FirstOrDefault(r => r.ReaderId == readerId) is not { } reader) return (false, false);
            await StopLinkAsync(readerId).ConfigureAwait(false);
            bool forgot;
            using (var connection = new ReaderConnection(reader.Address, _options.Identity, reader.Pin))
            {
                try
                {
                    forgot = await connection.UnpairAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    forgot = false;
                }
            }
            paired.Remove(reader);
            _paired.Save(paired);
            Log.Write(TerminalEvent.ReaderUnpaired, reader.ReaderId, forgot ? null : PairingException.NotReachable);
            return (true, forgot);
        }
        finally
        {
            _pairing.Release();
        }
    }

    private async Task ForgetOnReaderAsync(PairedReader reader, CancellationToken cancellationToken)
    {
        using var connection = new ReaderConnection(reader.Address, _options.Identity, reader.Pin);
        try
        {
            await connection.UnpairAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // the reader went away in between: it shows its code again once reset on site, as after any unpairing
        }
    }

    /// <summary>
    /// J-PAKE with the reader over the code (<see cref="PairingParty"/>): the start shows the reader's certificate, and
    /// both confirmations bind the code to the two certificates each side saw. The reader checks first.
    /// </summary>
    private async Task<PairedReader> ExchangeAsync(Uri address, string code, CancellationToken cancellationToken)
    {
        if (!PairingCode.IsWellFormed(code)) throw Refused(PairingException.CodeMalformed, $"A pairing code is {PairingCode.Length} digits, as the reader's screen shows it.");
        using var connection = new ReaderConnection(address, _options.Identity, pinned: null);
        try
        {
            var party = new PairingParty(isReader: false, code);
            var (challenge, status, retryAfter) = await connection.StartPairingAsync(new PairingStart(_options.Name, party.Round1), cancellationToken).ConfigureAwait(false);
            if (challenge is null) throw StartRefused(status, retryAfter);
            // the certificate the exchange binds: the one presented with the challenge, kept as the reader's pin (a later
            // connection of the exchange could present another)
            byte[] bound = connection.PresentedCertificate!.RawData;
            JPakeRound2 round2;
            try
            {
                round2 = party.AcceptRound1(challenge.Round1);
                party.AcceptRound2(challenge.Round2, CertificatePin.Of(bound), Pin);
            }
            catch (PairingRefusedException)
            {
                throw Refused(PairingException.ReaderProofInvalid, "The device at that address answered with a pairing message that does not verify: it is not the reader you meant.");
            }
            var (response, finishStatus) = await connection.FinishPairingAsync(
                new PairingFinish(challenge.AttemptId, round2, party.Confirmation!), cancellationToken).ConfigureAwait(false);
            if (response is null)
                throw finishStatus == HttpStatusCode.Forbidden
                    ? Refused(PairingException.CodeRejected, $"The reader refused the code: check the code on its screen (a wrong code {PairingLimits.AttemptsPerCode} times makes a new one).")
                    : StartRefused(finishStatus, null);
            if (!party.VerifyConfirmation(response.Confirmation))
                throw Refused(PairingException.ReaderProofInvalid, "The device at that address could not prove it showed the code: it is not the reader you meant.");
            return new PairedReader(response.ReaderId, response.Serial, address, bound);
        }
        catch (HttpRequestException e)
        {
            var (diagnostic, message) = LinkDiagnostics.Describe(e, address);
            Log.Write(TerminalEvent.PairingRefused, errorCode: diagnostic);
            throw new PairingException(PairingException.NotReachable, message, e);
        }
    }

    private PairingException StartRefused(HttpStatusCode status, TimeSpan? retryAfter) => status switch
    {
        HttpStatusCode.Conflict => Refused(PairingException.ReaderAlreadyPaired, "The reader is paired with a terminal already: unpair it there (or reset the reader) first."),
        HttpStatusCode.TooManyRequests => Refused(PairingException.TooManyAttempts,
            $"The reader refuses pairing attempts for a while after too many; try again in {Math.Ceiling((retryAfter ?? PairingLimits.Window).TotalMinutes)} minute(s)."),
        HttpStatusCode.NotFound => Refused(PairingException.CodeRejected, "The reader dropped the attempt (another began, or it took too long): try again."),
        _ => Refused(PairingException.ReaderProofInvalid, $"The device at that address refused pairing ({(int)status}): is it a MynaGate reader?"),
    };

    private PairingException Refused(string code, string message)
    {
        Log.Write(TerminalEvent.PairingRefused, errorCode: code);
        return new PairingException(code, message);
    }

    // every reader is told at once; one that cannot be reached now is told by its status watch when it is back
    private void OnNationalServiceChanged(NationalServiceNotice notice)
    {
        foreach (var running in _links.Values)
            _ = running.Watch.ConformAsync(_stopping.Token).ContinueWith(t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        NationalServiceChanged?.Invoke(notice);
    }

    /// <summary>The national service went down or came back (the console redraws its banner).</summary>
    public event Action<NationalServiceNotice>? NationalServiceChanged;

    private void StartLink(PairedReader reader)
    {
        var connection = new ReaderConnection(reader.Address, _options.Identity, reader.Pin);
        var link = new ReaderLink(reader, connection, Relay, Log);
        var watch = new ReaderStatusWatch(reader, connection, _settings.Load, () => NationalService.Notice, Log);
        watch.Changed += (paired, status) => ReaderStatusChanged?.Invoke(paired, status);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        _links[reader.ReaderId] = new RunningLink(link, watch, connection, stop,
            Task.WhenAll(Task.Run(() => SuperviseAsync(link, stop.Token)), Task.Run(() => watch.RunAsync(stop.Token))));
    }

    // a link's loop ends only when the terminal stops or unpairs the reader; should it end or fault otherwise, it is
    // logged and started again after a pause, so one reader can never leave its patients without a terminal
    private async Task SuperviseAsync(ReaderLink link, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await link.RunAsync(stop).ConfigureAwait(false);
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // logged below: the loop is started again either way
            }
            if (stop.IsCancellationRequested) return;
            Log.Write(TerminalEvent.LinkRestarted, link.Reader.ReaderId, LinkErrorCodes.MalformedMessage);
            try
            {
                await Task.Delay(LinkRestartPause, _options.Clock, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task StopLinkAsync(string readerId)
    {
        if (_links.TryRemove(readerId, out var running)) await running.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _probing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var (_, running) in _links) await running.StopAsync().ConfigureAwait(false);
        Log.Write(TerminalEvent.TerminalStopped);
        await Log.DisposeAsync().ConfigureAwait(false);
        _nationalService.Dispose();
        _stopping.Dispose();
        _pairing.Dispose();
    }

    private sealed record RunningLink(ReaderLink Link, ReaderStatusWatch Watch, ReaderConnection Connection, CancellationTokenSource Stop, Task Loop)
    {
        public async Task StopAsync()
        {
            await Stop.CancelAsync().ConfigureAwait(false);
            await Loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Connection.Dispose();
            Stop.Dispose();
        }
    }
}
