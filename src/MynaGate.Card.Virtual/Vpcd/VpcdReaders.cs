using MynaGate.Card.Pcsc;

namespace MynaGate.Card.Virtual.Vpcd;

/// <summary>
/// Which pcscd reader a vpcd slot is. vpcd registers one reader per port, named "Virtual PCD 00 0n" for port
/// 35963+n in pcscd's default configuration; we match by name prefix and order rather than the exact name.
/// </summary>
public static class VpcdReaders
{
    public const string NamePrefix = "Virtual PCD";

    public static bool IsVirtual(string readerName) => readerName.StartsWith(NamePrefix, StringComparison.Ordinal);

    public static string ForPort(PcscContext context, int port)
    {
        var virtualReaders = context.ListReaders().Where(IsVirtual).Order(StringComparer.Ordinal).ToList();
        int index = port - VpcdSlot.FirstPort;
        if (index < 0 || index >= virtualReaders.Count)
            throw new ReaderUnavailableException($"No vpcd reader for port {port}: pcscd lists {virtualReaders.Count} virtual reader(s).");
        return virtualReaders[index];
    }
}
