namespace MynaGate.Fuzz;

/// <summary>
/// One parser of bytes from outside (a card, the LAN, the national service, a file), as the product calls it.
/// <see cref="Run"/> returns normally, or throws only the errors the product handles for that input; any other
/// exception, a hang or a native crash is a finding. <see cref="Seeds"/> are genuine inputs to start mutating from.
/// </summary>
public sealed record FuzzTarget(string Name, string Parses, Action<byte[]> Run, Func<IReadOnlyList<byte[]>> Seeds)
{
    /// <summary>Runs <paramref name="parse"/>; an exception of type <typeparamref name="TExpected"/> is an answer, not a finding.</summary>
    public static void Expecting<TExpected>(Action parse) where TExpected : Exception
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            parse();
        }
        catch (TExpected)
        {
        }
    }
}
