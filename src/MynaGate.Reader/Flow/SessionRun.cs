using System.Diagnostics;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Reader.Flow;

/// <summary>One patient's session as the steps share it: its memory, the method, stage times, and what the terminal holds.</summary>
internal sealed class SessionRun(PatientSession session)
{
    private readonly Dictionary<string, TimeSpan> _stages = [];
    private long _started;
    private long _stage;

    public PatientSession Session { get; } = session;
    /// <summary>Background work being stopped (a card-face reading), which the session's end waits for.</summary>
    public List<Task> Stopping { get; } = [];
    public AuthenticationMethod? Method { get; private set; }
    /// <summary>The terminal holds state for the session, which an early ending must have it drop.</summary>
    public bool TerminalInvolved { get; set; }
    public string? ResultFile { get; set; }
    public string? CertificateFile { get; set; }
    public TimeSpan? Total { get; private set; }
    public IReadOnlyDictionary<string, TimeSpan> Stages => _stages;

    public void Start(AuthenticationMethod method)
    {
        Method = method;
        _started = _stage = Stopwatch.GetTimestamp();
    }

    /// <summary>Closes the stage named <paramref name="name"/> and starts the next.</summary>
    public void Stage(string name)
    {
        long now = Stopwatch.GetTimestamp();
        _stages[name] = _stages.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(_stage, now);
        _stage = now;
    }

    public void Finish()
    {
        Stage("complete");
        Total = Stopwatch.GetElapsedTime(_started);
    }
}
