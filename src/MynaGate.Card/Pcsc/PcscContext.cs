using MynaGate.Card.Pcsc.Interop;

namespace MynaGate.Card.Pcsc;

/// <summary>
/// A PC/SC resource-manager context (pcscd on Linux, the Smart Card service on Windows): lists readers, waits for
/// card and reader changes, connects to cards. Not thread-safe.
/// </summary>
public sealed class PcscContext : IDisposable
{
    private readonly IPcscApi _api;
    private readonly PcscContextHandle _handle;

    private PcscContext(IPcscApi api, PcscContextHandle handle)
    {
        _api = api;
        _handle = handle;
    }

    public static PcscContext Establish() => Establish(PcscPlatform.Api);

    internal static PcscContext Establish(IPcscApi api)
    {
        var handle = new PcscContextHandle(api);
        PcscResult rc;
        try
        {
            rc = api.EstablishContext(out nint value);
            if (rc == PcscResult.Success) handle.Set(value);
        }
        catch (DllNotFoundException e)
        {
            handle.Dispose();
            throw new PcscServiceUnavailableException("The PC/SC library (libpcsclite.so.1 / winscard.dll) is not installed.", e);
        }
        if (rc != PcscResult.Success) handle.Dispose();
        PcscErrors.ThrowIfFailed(rc, "SCardEstablishContext");
        return new PcscContext(api, handle);
    }

    /// <summary>Reader names; empty when no reader is attached.</summary>
    public IReadOnlyList<string> ListReaders()
    {
        var rc = _api.ListReaders(Handle, out string[] readers);
        if (rc == PcscResult.NoReadersAvailable) return [];
        PcscErrors.ThrowIfFailed(rc, "SCardListReaders");
        return readers;
    }

    /// <summary>
    /// Waits until a reader's state differs from its <see cref="ReaderState.CurrentState"/>; false on timeout. Use
    /// <see cref="PcscPlatform.PnpNotification"/> as a reader name to hear readers come and go.
    /// </summary>
    public bool GetStatusChange(ReaderState[] states, TimeSpan timeout)
    {
        uint ms = timeout == Timeout.InfiniteTimeSpan ? uint.MaxValue : (uint)Math.Clamp(timeout.TotalMilliseconds, 0, uint.MaxValue - 1);
        var rc = _api.GetStatusChange(Handle, ms, states);
        if (rc == PcscResult.Timeout) return false;
        PcscErrors.ThrowIfFailed(rc, "SCardGetStatusChange");
        return true;
    }

    /// <summary>Connects to the card in <paramref name="reader"/> with T=0 or T=1, whichever the card offers.</summary>
    public PcscConnection Connect(string reader, ShareMode share, CardDisposition onDispose)
    {
        var handle = new PcscCardHandle(_api, onDispose);
        var rc = _api.Connect(Handle, reader, share, CardProtocol.Any, out nint card, out var protocol);
        if (rc == PcscResult.Success) handle.Set(card);
        else handle.Dispose();
        PcscErrors.ThrowIfFailed(rc, "SCardConnect");
        return new PcscConnection(_api, this, handle, reader, protocol);
    }

    private nint Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle.DangerousGetHandle();
        }
    }

    public void Dispose() => _handle.Dispose();
}
