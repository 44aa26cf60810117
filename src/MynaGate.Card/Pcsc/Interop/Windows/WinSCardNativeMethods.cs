using System.Runtime.InteropServices;

namespace MynaGate.Card.Pcsc.Interop.Windows;

/// <summary>
/// winscard.dll: DWORD and LONG are 32 bits, handles are pointer-sized (ULONG_PTR); the ANSI entry points are used
/// (reader names are ASCII); MAX_ATR_SIZE is 36.
/// </summary>
internal static partial class WinSCardNativeMethods
{
    private const string Library = "winscard.dll";
    public const int MaxAtrSize = 36;

    [StructLayout(LayoutKind.Sequential)]
    public unsafe struct SCARD_READERSTATEA
    {
        public nint szReader;
        public nint pvUserData;
        public uint dwCurrentState;
        public uint dwEventState;
        public uint cbAtr;
        public fixed byte rgbAtr[MaxAtrSize];
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SCARD_IO_REQUEST
    {
        public uint dwProtocol;
        public uint cbPciLength;
    }

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static partial int SCardEstablishContext(uint dwScope, nint pvReserved1, nint pvReserved2, out nint phContext);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static partial int SCardReleaseContext(nint hContext);

    [LibraryImport(Library, EntryPoint = "SCardListReadersA")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static unsafe partial int SCardListReaders(nint hContext, byte* mszGroups, byte* mszReaders, ref uint pcchReaders);

    [LibraryImport(Library, EntryPoint = "SCardGetStatusChangeA")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static unsafe partial int SCardGetStatusChange(nint hContext, uint dwTimeout, SCARD_READERSTATEA* rgReaderStates, uint cReaders);

    [LibraryImport(Library, EntryPoint = "SCardConnectA", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static partial int SCardConnect(nint hContext, string szReader, uint dwShareMode, uint dwPreferredProtocols, out nint phCard, out uint pdwActiveProtocol);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static partial int SCardDisconnect(nint hCard, uint dwDisposition);

    [LibraryImport(Library)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    public static unsafe partial int SCardTransmit(nint hCard, SCARD_IO_REQUEST* pioSendPci, byte* pbSendBuffer, uint cbSendLength,
        SCARD_IO_REQUEST* pioRecvPci, byte* pbRecvBuffer, ref uint pcbRecvLength);

}
