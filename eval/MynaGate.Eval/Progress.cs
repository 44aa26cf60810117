using System.Diagnostics;

namespace MynaGate.Eval;

/// <summary>
/// A line on stderr per stage of a long evaluation, with the time since the start, so a run of minutes is never
/// silent; stdout keeps the tables and the last line the scripts read.
/// </summary>
internal static class Progress
{
    private static readonly long Start = Stopwatch.GetTimestamp();

    public static void Stage(string evaluation, string what) =>
        Console.Error.WriteLine(FormattableString.Invariant($"eval {evaluation}: {what} ({Stopwatch.GetElapsedTime(Start).TotalSeconds:F0} s)"));

    /// <summary>Reports the count done at each tenth of <paramref name="total"/> (thread-safe: counts with <see cref="Interlocked"/>).</summary>
    public static void Step(string evaluation, string what, ref int done, int total)
    {
        int now = Interlocked.Increment(ref done);
        if (total >= 10 && now % (total / 10) == 0) Stage(evaluation, $"{what} {now}/{total}");
    }
}
