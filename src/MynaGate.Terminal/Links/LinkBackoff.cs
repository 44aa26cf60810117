namespace MynaGate.Terminal.Links;

/// <summary>The pause between attempts to reach a reader that is away: 100 ms, doubling up to 5 s, back to the start once it answers.</summary>
internal sealed class LinkBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);
    private TimeSpan _next = First;

    public void Reset() => _next = First;

    /// <summary>Waits the next pause; false when <paramref name="stopping"/> ended it.</summary>
    public async Task<bool> WaitAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(_next, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Max.Ticks));
        return true;
    }
}
