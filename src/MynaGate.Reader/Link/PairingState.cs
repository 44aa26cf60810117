using System.Security.Cryptography;
using System.Text.Json;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Storage;

namespace MynaGate.Reader.Link;

/// <summary>
/// Which terminal this reader trusts (its certificate pin, kept owner-only in the reader's state folder) and, while
/// unpaired, the one-time code shown on screen and the open J-PAKE attempts (several at once: a terminal starting one
/// never cancels another's).
/// <para>
/// It keeps <see cref="PairingLimits"/>, and keeps the attempt limit on disk (<see cref="PairingAttemptLimit"/>): a
/// restart does not reset it, and each time the limit is reached again the wait doubles, up to a cap. An attacker on
/// the LAN can use it to delay pairing, never to pass it, and never to lock the reader for good.
/// </para>
/// </summary>
public sealed class PairingState
{
    private readonly JsonFileStore<string> _pin;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly PairingAttemptLimit _limit;
    private readonly Dictionary<string, OpenAttempt> _attempts = new(StringComparer.Ordinal);
    private string? _code;
    private DateTimeOffset _codeIssued;
    private int _failures;

    public PairingState(string path, TimeProvider? clock = null)
    {
        _pin = new JsonFileStore<string>(path, JsonSerializerOptions.Default, ownerOnly: true);
        _clock = clock ?? TimeProvider.System;
        _limit = new PairingAttemptLimit(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "-limits.json"), _clock);
        if (_pin.Load() is { } pin) PairedTerminal = CertificatePin.Parse(pin);
        else NewCode();
    }

    /// <summary>Raised after pairing, unpairing or a new code, so the screen shows the current state.</summary>
    public event Action? Changed;

    public CertificatePin? PairedTerminal { get; private set; }

    public bool IsPaired => PairedTerminal is not null;

    /// <summary>The code to show while unpaired (a new one once the last expired); null once paired.</summary>
    public string? Code => Shown?.Code;

    /// <summary>The code to show and when it stops being accepted, read together (a new code once the last expired); null once paired.</summary>
    public (string Code, DateTimeOffset Expires)? Shown
    {
        get
        {
            bool renewed;
            (string, DateTimeOffset)? shown;
            lock (_gate)
            {
                renewed = RenewExpiredCode();
                shown = _code is null ? null : (_code, _codeIssued + PairingCode.Lifetime);
            }
            if (renewed) Changed?.Invoke();
            return shown;
        }
    }

    /// <summary>Opens an attempt (beside any other open one) and answers with the reader's rounds 1 and 2.</summary>
    public PairingChallenge? Start(CertificatePin reader, CertificatePin terminal, PairingStart start, out PairingRefusal refusal, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(start);
        retryAfter = TimeSpan.Zero;
        bool renewed = false;
        try
        {
            lock (_gate)
            {
                renewed = RenewExpiredCode();
                if (_code is null)
                {
                    refusal = PairingRefusal.AlreadyPaired;
                    return null;
                }
                var now = _clock.GetUtcNow();
                if (_limit.TryStart(now) is { } wait)
                {
                    retryAfter = wait;
                    refusal = PairingRefusal.RateLimited;
                    return null;
                }
                DropExpiredAttempts(now);

                var party = new PairingParty(isReader: true, _code);
                JPakeRound2 round2;
                try
                {
                    round2 = party.AcceptRound1(start.Round1);
                }
                catch (PairingRefusedException)
                {
                    refusal = PairingRefusal.Refused;
                    return null;
                }
                var challenge = new PairingChallenge(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), party.Round1, round2);
                _attempts[challenge.AttemptId] = new OpenAttempt(challenge.AttemptId, reader, terminal, party, now);
                refusal = PairingRefusal.None;
                return challenge;
            }
        }
        finally
        {
            if (renewed) Changed?.Invoke();
        }
    }

    /// <summary>
    /// Checks the terminal's round 2 and confirmation; on success pins the terminal and returns the reader's own
    /// confirmation. A failed finish counts against the code.
    /// </summary>
    public string? Finish(CertificatePin terminal, PairingFinish finish, out PairingRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(finish);
        string? confirmation = null;
        bool changed = false;
        lock (_gate)
        {
            DropExpiredAttempts(_clock.GetUtcNow());
            if (_code is null) refusal = PairingRefusal.AlreadyPaired;
            else if (finish.AttemptId is null || !_attempts.TryGetValue(finish.AttemptId, out var attempt) || attempt.Terminal != terminal)
                refusal = PairingRefusal.NoAttempt;
            else
            {
                _attempts.Remove(attempt.Id);
                confirmation = Confirm(attempt, finish);
                if (confirmation is null)
                {
                    refusal = PairingRefusal.Refused;
                    if (++_failures >= PairingLimits.AttemptsPerCode)
                    {
                        NewCode();
                        changed = true;
                    }
                }
                else
                {
                    _pin.Save(terminal.Sha256);
                    PairedTerminal = terminal;
                    _code = null;
                    _attempts.Clear();
                    _limit.Paired();
                    refusal = PairingRefusal.None;
                    changed = true;
                }
            }
        }
        if (changed) Changed?.Invoke();
        return confirmation;
    }

    /// <summary>Forgets the terminal (asked by the paired terminal, or by staff on the reader) and shows a new code.</summary>
    public void Unpair()
    {
        lock (_gate)
        {
            _pin.Delete();
            PairedTerminal = null;
            NewCode();
        }
        Changed?.Invoke();
    }

    private static string? Confirm(OpenAttempt attempt, PairingFinish finish)
    {
        var party = attempt.Party;
        try
        {
            party.AcceptRound2(finish.Round2, attempt.Reader, attempt.Terminal);
        }
        catch (PairingRefusedException)
        {
            return null;
        }
        return party.VerifyConfirmation(finish.Confirmation) ? party.Confirmation! : null;
    }

    // callers hold _gate
    private bool RenewExpiredCode()
    {
        if (_code is null || _clock.GetUtcNow() - _codeIssued < PairingCode.Lifetime) return false;
        NewCode();
        return true;
    }

    private void NewCode()
    {
        _code = PairingCode.New();
        _codeIssued = _clock.GetUtcNow();
        _failures = 0;
        _attempts.Clear();
    }

    // callers hold _gate
    private void DropExpiredAttempts(DateTimeOffset now)
    {
        foreach (var attempt in _attempts.Values.Where(a => now - a.Started > PairingLimits.AttemptLifetime).ToList()) _attempts.Remove(attempt.Id);
    }

    private sealed record OpenAttempt(string Id, CertificatePin Reader, CertificatePin Terminal, PairingParty Party, DateTimeOffset Started);
}
