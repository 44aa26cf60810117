using MynaGate.Card.Pcsc.Interop;
using MynaGate.Card.Transport;

namespace MynaGate.Card.Pcsc;

/// <summary>A connected card: the <see cref="ICardTransport"/> over PC/SC.</summary>
public sealed class PcscConnection : ICardTransport, IDisposable
{
    // extended-length response (65536) + SW
    private const int ReceiveBufferSize = 65538;

    private readonly IPcscApi _api;
    private readonly PcscCardHandle _handle;
    private readonly byte[] _receive = new byte[ReceiveBufferSize];

    internal PcscConnection(IPcscApi api, PcscCardHandle handle, string readerName, CardProtocol protocol)
    {
        _api = api;
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

    public void Dispose() => _handle.Dispose();
}
