using MynaGate.Link.Messages;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Relay;

/// <summary>
/// Whether the national service can be used (R43). It is down once <see cref="FailuresForOutage"/> calls or probes in a
/// row failed for the service's sake (no connection, no answer in time, an HTTP 5xx); the first answer ends the outage.
/// The service's health route is probed every <see cref="ProbeEvery"/> while it is up, so an outage is found between
/// patients, and every <see cref="ProbeWhileDown"/> while it is down, so service returns by itself within seconds.
/// </summary>
public sealed class NationalServiceWatch(Func<CancellationToken, Task> probe, TerminalEventLog log, TimeProvider clock,
    int failuresForOutage, TimeSpan probeEvery)
{
    /// <summary>How often a service found down is asked again.</summary>
    public static readonly TimeSpan ProbeWhileDown = TimeSpan.FromSeconds(5);

    /// <summary>The outages the console lists (the sessions they met are looked up by their times).</summary>
    public const int OutagesKept = 20;

    private readonly Lock _gate = new();
    private readonly LinkedList<NationalServiceOutage> _outages = new();
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private int _failures;
    private DateTimeOffset? _firstFailure;

    public int FailuresForOutage { get; } = failuresForOutage;
    public TimeSpan ProbeEvery { get; } = probeEvery;

    /// <summary>Raised on each change, outside the watch's lock: the readers are told, the console redraws.</summary>
    public event Action<NationalServiceNotice>? Changed;

    /// <summary>What every reader must show now.</summary>
    public NationalServiceNotice Notice
    {
        get
        {
            // since the outage was declared, or since the last one ended (or the watch started)
            lock (_gate) return _outages.First?.Value is { } last
                ? new NationalServiceNotice(last.Ended is null, last.Ended ?? last.Declared)
                : new NationalServiceNotice(false, _started);
        }
    }

    public bool IsDown => Current is not null;

    /// <summary>The outage under way, or null.</summary>
    public NationalServiceOutage? Current
    {
        get
        {
            lock (_gate) return _outages.First?.Value is { Ended: null } current ? current : null;
        }
    }

    /// <summary>The last <see cref="OutagesKept"/> outages, newest first, the current one included.</summary>
    public IReadOnlyList<NationalServiceOutage> Outages
    {
        get
        {
            lock (_gate) return [.. _outages];
        }
    }

    /// <summary>The service answered (whatever it said: a refusal is an answer).</summary>
    public void Answered()
    {
        NationalServiceNotice? changed = null;
        lock (_gate)
        {
            _failures = 0;
            _firstFailure = null;
            if (_outages.First?.Value is { Ended: null } current)
            {
                var now = clock.GetUtcNow();
                _outages.First.Value = current with { Ended = now };
                changed = new NationalServiceNotice(false, now);
            }
        }
        if (changed is null) return;
        log.Write(TerminalEvent.NationalServiceRestored);
        Changed?.Invoke(changed);
    }

    /// <summary>A call or probe failed for the service's sake; <paramref name="code"/> is the T-code it gave.</summary>
    public void Failed(string code)
    {
        NationalServiceNotice? changed = null;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            _firstFailure ??= now;
            if (++_failures < FailuresForOutage || _outages.First?.Value is { Ended: null }) return;
            _outages.AddFirst(new NationalServiceOutage(_firstFailure.Value, now, null));
            while (_outages.Count > OutagesKept) _outages.RemoveLast();
            changed = new NationalServiceNotice(true, now);
        }
        log.Write(TerminalEvent.NationalServiceDown, errorCode: code);
        Changed?.Invoke(changed);
    }

    /// <summary>Probes the service until <paramref name="stopping"/>: often while it is down, now and then while it is up.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(IsDown ? ProbeWhileDown : ProbeEvery, clock, stopping).ConfigureAwait(false);
                await probe(stopping).ConfigureAwait(false);
                Answered();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (NationalServiceException e)
            {
                // whatever the health route answers other than 2xx, the service cannot be used
                Failed(e.Code);
            }
        }
    }
}
