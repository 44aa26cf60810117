using System.Runtime.InteropServices;
using static MynaGate.Card.Pcsc.Interop.Windows.WinSCardNativeMethods;

namespace MynaGate.Card.Pcsc.Interop.Windows;

/// <summary><see cref="IPcscApi"/> over winscard.dll.</summary>
internal sealed class WinSCardApi : IPcscApi
{
    private static PcscResult R(int rc) => (PcscResult)(uint)rc;

    public PcscResult EstablishContext(out nint context) => R(SCardEstablishContext(PcscPlatform.ScopeSystem, 0, 0, out context));

    public PcscResult ReleaseContext(nint context) => R(SCardReleaseContext(context));

    public unsafe PcscResult ListReaders(nint context, out string[] readers)
    {
        readers = [];
        uint length = 0;
        var rc = R(SCardListReaders(context, null, null, ref length));
        if (rc != PcscResult.Success) return rc;
        var buffer = new byte[(int)length];
        fixed (byte* p = buffer)
            rc = R(SCardListReaders(context, null, p, ref length));
        if (rc == PcscResult.Success) readers = PcscPlatform.SplitMultiString(buffer.AsSpan(0, (int)length));
        return rc;
    }

    public unsafe PcscResult GetStatusChange(nint context, uint timeoutMs, ReaderState[] states)
    {
        var native = new SCARD_READERSTATEA[states.Length];
        try
        {
            for (int i = 0; i < states.Length; i++)
            {
                native[i].szReader = Marshal.StringToCoTaskMemUTF8(states[i].ReaderName);
                native[i].dwCurrentState = (uint)states[i].CurrentState;
            }
            PcscResult rc;
            fixed (SCARD_READERSTATEA* p = native)
                rc = R(SCardGetStatusChange(context, timeoutMs, p, (uint)native.Length));
            if (rc != PcscResult.Success) return rc;
            for (int i = 0; i < states.Length; i++)
            {
                int atrLength = (int)Math.Min(native[i].cbAtr, MaxAtrSize);
                byte[] atr = new byte[atrLength];
                for (int j = 0; j < atrLength; j++) atr[j] = native[i].rgbAtr[j];
                states[i].Update((ReaderStatus)native[i].dwEventState, atr);
            }
            return rc;
        }
        finally
        {
            foreach (var state in native) Marshal.FreeCoTaskMem(state.szReader);
        }
    }

    public PcscResult Connect(nint context, string reader, ShareMode share, CardProtocol preferred, out nint card, out CardProtocol active)
    {
        var rc = R(SCardConnect(context, reader, (uint)share, (uint)preferred, out card, out uint protocol));
        active = (CardProtocol)(int)protocol;
        return rc;
    }

    public PcscResult Disconnect(nint card, CardDisposition disposition) => R(SCardDisconnect(card, (uint)disposition));

    public unsafe PcscResult Transmit(nint card, CardProtocol protocol, ReadOnlySpan<byte> send, Span<byte> receive, out int received)
    {
        var pci = new SCARD_IO_REQUEST { dwProtocol = (uint)protocol, cbPciLength = (uint)sizeof(SCARD_IO_REQUEST) };
        uint length = (uint)receive.Length;
        PcscResult rc;
        fixed (byte* s = send)
        fixed (byte* r = receive)
            rc = R(SCardTransmit(card, &pci, s, (uint)send.Length, null, r, ref length));
        received = rc == PcscResult.Success ? (int)length : 0;
        return rc;
    }

}
