using System.Buffers.Binary;
using System.Net.Sockets;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual.Engine;

namespace MynaGate.Card.Virtual.Vpcd;

/// <summary>
/// Puts a virtual card into a pcscd reader slot through vsmartcard's vpcd driver. vpcd listens (127.0.0.1:35963 for
/// its first reader, 35964 for the second); connecting is inserting the card, closing is removing it. Both directions
/// frame messages with a 2-byte big-endian length. A 1-byte message from vpcd is a control code (00 power off,
/// 01 power on, 02 reset, 04 get ATR, answered with the ATR); anything longer is an APDU, answered with the response.
/// </summary>
public sealed class VpcdSlot : IAsyncDisposable
{
    public const int FirstPort = 35963;

    private const byte PowerOffCode = 0x00;
    private const byte PowerOnCode = 0x01;
    private const byte ResetCode = 0x02;
    private const byte GetAtrCode = 0x04;

    /// <summary>
    /// pcscd asks vpcd whether a card is present every 400 ms (PCSCLITE_STATUS_POLL_RATE) and reports a change only
    /// when two answers differ. A card put back before pcscd has once found the slot empty is taken for the card
    /// that left: if a client's disconnect had meanwhile seen the old card gone (its reset fails, pcscd marks the
    /// slot absent), the slot stays empty in PC/SC for as long as the new card lies there. A hand cannot swap cards
    /// within two polls; the emulated one waits that long, so the reader sees the removal and the new card as a
    /// reader with real hardware would.
    /// </summary>
    private static readonly TimeSpan PutBackAfter = TimeSpan.FromMilliseconds(1000);

    /// <summary>A card pcscd has not found by then was missed (its polls come every 400 ms); placed again, up to <see cref="PlacingAttempts"/> times in all.</summary>
    private static readonly TimeSpan FoundWithin = TimeSpan.FromSeconds(2);
    private const int PlacingAttempts = 3;

    private readonly string _host;
    private long _removedAt;
    // insert and remove may race (a test pulls the card from another thread while the slot is disposed)
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TcpClient? _client;
    private Task? _loop;
    private IVirtualCard? _card;
    private CancellationTokenSource? _stop;

    public VpcdSlot(int port = FirstPort, string host = "127.0.0.1")
    {
        Port = port;
        _host = host;
    }

    public int Port { get; }

    public bool IsInserted => _loop is { IsCompleted: false };

    /// <summary>APDUs answered since the last insert.</summary>
    public int ApduCount { get; private set; }

    /// <summary>Inserts <paramref name="card"/>; retries while vpcd is not yet listening (pcscd still starting).</summary>
    public async Task InsertAsync(IVirtualCard card, TimeSpan? connectTimeout = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                await InsertLockedAsync(card, connectTimeout, cancellationToken).ConfigureAwait(false);
                if (attempt == PlacingAttempts || await IsFoundByPcscdAsync(cancellationToken).ConfigureAwait(false)) return;
                // pcscd took it for the card that left (see PutBackAfter): take it away and place it again, as a person would
                await RemoveLockedAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether PC/SC shows a card in this slot within a few of pcscd's polls; true when there is no pcscd to ask.</summary>
    private async Task<bool> IsFoundByPcscdAsync(CancellationToken cancellationToken)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                using var context = PcscContext.Establish();
                var state = new ReaderState(VpcdReaders.ForPort(context, Port));
                context.GetStatusChange([state], TimeSpan.Zero);
                if ((state.EventState & ReaderStatus.Present) != 0) return true;
            }
            catch (PcscException)
            {
                return true;
            }
            if (System.Diagnostics.Stopwatch.GetElapsedTime(start) > FoundWithin) return false;
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task InsertLockedAsync(IVirtualCard card, TimeSpan? connectTimeout, CancellationToken cancellationToken)
    {
        if (IsInserted) throw new InvalidOperationException("A card is already in this slot.");
        var sinceRemoval = System.Diagnostics.Stopwatch.GetElapsedTime(Interlocked.Read(ref _removedAt));
        if (_removedAt != 0 && sinceRemoval < PutBackAfter) await Task.Delay(PutBackAfter - sinceRemoval, cancellationToken).ConfigureAwait(false);
        var deadline = DateTime.UtcNow + (connectTimeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var client = new TcpClient { NoDelay = true };
            try
            {
                await client.ConnectAsync(_host, Port, cancellationToken).ConfigureAwait(false);
                _client = client;
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                client.Dispose();
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                client.Dispose();
                throw new IOException($"No vpcd reader listens on {_host}:{Port} ({e.SocketErrorCode}); is pcscd with vsmartcard-vpcd running?", e);
            }
        }
        _card = card;
        ApduCount = 0;
        _stop = new CancellationTokenSource();
        // a card answers on a thread of its own, as hardware would: on the thread pool, a reader blocked in
        // SCardTransmit would be waiting for a pool thread to produce its own answer
        var stream = _client.GetStream();
        var stop = _stop.Token;
        _loop = Task.Factory.StartNew(() => Serve(stream, card, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Removes the card: closes the connection, which pcscd sees as the card leaving the reader.</summary>
    public async Task RemoveAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await RemoveLockedAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RemoveLockedAsync()
    {
        if (_client is null) return;
        await _stop!.CancelAsync().ConfigureAwait(false);
        // removal while vpcd is mid-message is the point of a pulled card: the serving thread ends on the closed socket
        _client.Dispose();
        if (_loop is not null) await _loop.ConfigureAwait(false);
        _card?.PowerOff();
        _client = null;
        _loop = null;
        _card = null;
        _stop.Dispose();
        _stop = null;
        Interlocked.Exchange(ref _removedAt, System.Diagnostics.Stopwatch.GetTimestamp());
    }

    private void Serve(NetworkStream stream, IVirtualCard card, CancellationToken cancellationToken)
    {
        var header = new byte[2];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                RequestQuickAck(stream.Socket);
                stream.ReadExactly(header);
                RequestQuickAck(stream.Socket);
                int length = BinaryPrimitives.ReadUInt16BigEndian(header);
                var message = new byte[length];
                stream.ReadExactly(message);
                byte[]? reply = Handle(card, message);
                if (reply is null) continue;
                var frame = new byte[2 + reply.Length];
                BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)reply.Length);
                reply.CopyTo(frame, 2);
                stream.Write(frame);
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ObjectDisposedException)
        {
            // vpcd went away, or the card was removed: disposing the connection ends the blocked read
        }
    }

    /// <summary>
    /// vpcd writes the length and the message in two send() calls without TCP_NODELAY, so Nagle holds the message
    /// until the length is acknowledged; with delayed ACKs that costs ~40 ms per APDU. Linux's TCP_QUICKACK (not
    /// sticky, hence set before every read) acknowledges at once.
    /// </summary>
    private static void RequestQuickAck(Socket socket)
    {
        if (OperatingSystem.IsLinux()) socket.SetRawSocketOption(IpProtoTcp, TcpQuickAck, [1, 0, 0, 0]);
    }

    private const int IpProtoTcp = 6;
    private const int TcpQuickAck = 12;

    private byte[]? Handle(IVirtualCard card, byte[] message)
    {
        if (message.Length == 1)
        {
            switch (message[0])
            {
                case PowerOffCode: card.PowerOff(); return null;
                case PowerOnCode: card.PowerOn(); return null;
                case ResetCode: card.PowerOn(); return null;
                case GetAtrCode: return card.Atr;
                default: return null;
            }
        }
        ApduCount++;
        return card.Process(message);
    }

    public async ValueTask DisposeAsync() => await RemoveAsync().ConfigureAwait(false);
}
