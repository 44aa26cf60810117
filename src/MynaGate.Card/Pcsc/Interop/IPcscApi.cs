namespace MynaGate.Card.Pcsc.Interop;

/// <summary>
/// The PC/SC calls the binding needs, one implementation per platform. Handles are opaque integers of pointer
/// size on both platforms; every call returns the native code normalised to 32 bits.
/// </summary>
internal interface IPcscApi
{
    PcscResult EstablishContext(out nint context);
    PcscResult ReleaseContext(nint context);
    PcscResult ListReaders(nint context, out string[] readers);

    /// <summary>Waits for a change on any of <paramref name="states"/>; updates their event state and ATR.</summary>
    PcscResult GetStatusChange(nint context, uint timeoutMs, ReaderState[] states);

    PcscResult Connect(nint context, string reader, ShareMode share, CardProtocol preferred, out nint card, out CardProtocol active);
    PcscResult Disconnect(nint card, CardDisposition disposition);
    PcscResult Transmit(nint card, CardProtocol protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received);
}
