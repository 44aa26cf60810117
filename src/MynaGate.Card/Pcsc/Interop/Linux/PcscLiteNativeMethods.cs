using System.Runtime.InteropServices;

namespace MynaGate.Card.Pcsc.Interop.Linux;

/// <summary>
/// libpcsclite on 64-bit Linux: DWORD and LONG are C <c>unsigned long</c>/<c>long</c>, so 64 bits (nint/nuint);
/// strings are UTF-8; MAX_ATR_SIZE is 33.
/// </summary>
internal static partial class PcscLiteNativeMethods
{
    private const string Library = "libpcsclite.so.1";
    public const int MaxAtrSize = 33;

    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct SCARD_READERSTATE
    {
        public nint szReader;
        public nint pvUserData;
        public nuint dwCurrentState;
        public nuint dwEventState;
        public nuint cbAtr;
        public fixed byte rgbAtr[MaxAtrSize];
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SCARD_IO_REQUEST
    {
        public nuint dwProtocol;
        public nuint cbPciLength;
    }

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint SCardEstablishContext(nuint dwScope, nint pvReserved1, nint pvReserved2, out nint phContext);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint SCardReleaseContext(nint hContext);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static unsafe partial nint SCardListReaders(nint hContext, byte* mszGroups, byte* mszReaders, ref nuint pcchReaders);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static unsafe partial nint SCardGetStatusChange(nint hContext, nuint dwTimeout, SCARD_READERSTATE* rgReaderStates, nuint cReaders);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint SCardConnect(nint hContext, string szReader, nuint dwShareMode, nuint dwPreferredProtocols, out nint phCard, out nuint pdwActiveProtocol);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial nint SCardDisconnect(nint hCard, nuint dwDisposition);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static unsafe partial nint SCardTransmit(nint hCard, SCARD_IO_REQUEST* pioSendPci, byte* pbSendBuffer, nuint cbSendLength,
        SCARD_IO_REQUEST* pioRecvPci, byte* pbRecvBuffer, ref nuint pcbRecvLength);

}
