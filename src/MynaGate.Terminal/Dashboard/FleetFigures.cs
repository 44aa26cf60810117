namespace MynaGate.Terminal.Dashboard;

/// <summary>The dashboard: each reader's figures, the whole fleet's, and sessions per clock hour, oldest hour first.</summary>
public sealed record FleetFigures(DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<ReaderFigures> Readers, ReaderFigures Fleet,
    IReadOnlyList<HourCount> SessionsByHour);

public sealed record HourCount(DateTimeOffset Hour, int Sessions);
