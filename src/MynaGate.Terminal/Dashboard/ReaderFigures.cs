namespace MynaGate.Terminal.Dashboard;

/// <summary>One reader's sessions over the dashboard's window (X4).</summary>
/// <param name="SuccessRate">0 to 1; null without sessions.</param>
/// <param name="FailureReasons">Error codes with their counts, most frequent first.</param>
public sealed record ReaderFigures(string ReaderId, int Sessions, int Succeeded, double? SuccessRate, TimeSpan? MedianDuration,
    IReadOnlyList<FailureCount> FailureReasons, double SessionsPerHour);

public sealed record FailureCount(string ErrorCode, int Count);
