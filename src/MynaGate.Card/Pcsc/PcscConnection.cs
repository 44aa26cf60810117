using MynaGate.Card.Pcsc.Interop;
using MynaGate.Card.Transport;

namespace MynaGate.Card.Pcsc;

/// <summary>A connected card: the <see cref="ICardTransport"/> over PC/SC.</summary>
public sealed class PcscConnection : ICardTransport, IDisposable
{
    // extended-length response (65536) + SW
    private const int ReceiveBufferSize = 65538;
    private static readonly TimeSpan CardSettleTime = TimeSpan.FromSeconds(1);

    private readonly IPcscApi _api;
    private readonly PcscContext _context;
    private readonly PcscCardHandle _handle;
    private readonly byte[] _receive = new byte[ReceiveBufferSize];

    internal PcscConnection(IPcscApi api, PcscContext context, PcscCardHandle handle, string readerName, CardProtocol protocol)
    {
        _api = api;
        _context = context;
        _handle = handle;
        ReaderName = readerName;
        Protocol = protocol;
    }

    public string ReaderName { get; }
    public CardProtocol Protocol { get; }

    public byte[] Transmit(ReadOnlySpan<byte> command)
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        bool added = false;
        try
        {
            _handle.DangerousAddRef(ref added);
            var rc = _api.Transmit(_handle.DangerousGetHandle(), Protocol, command, _receive, out int received);
            // vpcd hands back an empty response when the card vanished mid-exchange, other drivers an error
            bool suspect = rc is PcscResult.NotTransacted or PcscResult.CommunicationError || (rc == PcscResult.Success && received < 2);
            if (suspect && !IsCardStillPresent()) rc = PcscResult.RemovedCard;
            PcscErrors.ThrowIfFailed(rc, "SCardTransmit");
            byte[] response = _receive.AsSpan(0, received).ToArray();
            Array.Clear(_receive, 0, received);
            return response;
        }
        finally
        {
            if (added) _handle.DangerousRelease();
        }
    }

    // A failed exchange is a pulled card when the reader stops reporting one. pcsc-lite answers NOT_TRANSACTED first
    // and notices the empty slot on its next poll, so give it a moment to settle.
    private bool IsCardStillPresent()
    {
        var state = new ReaderState(ReaderName);
        try
        {
            if (!_context.GetStatusChange([state], TimeSpan.Zero) || !state.IsCardPresent) return false;
            state.Acknowledge();
            _context.GetStatusChange([state], CardSettleTime);
            return state.IsCardPresent;
        }
        catch (PcscException)
        {
            return false;
        }
    }

    public void Dispose() => _handle.Dispose();
}
