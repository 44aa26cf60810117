using System.Globalization;
using MynaGate.Card.Pcsc;

namespace MynaGate.Card.Virtual.Vpcd;

/// <summary>
/// Which pcscd reader a vpcd slot is. pcscd names a reader "FRIENDLYNAME nn ss" (its reader number, then the slot);
/// each vpcd entry serves its first port and the next. Debian's entry is "Virtual PCD" on 35963; the entries
/// scripts/vpcd-slots.sh adds carry their first port in the name ("Virtual PCD 35965"), so the mapping does not
/// depend on the order pcscd happened to load them in.
/// </summary>
public static class VpcdReaders
{
    public static bool IsVirtual(string readerName) => VirtualReaderName.Is(readerName);

    public static string ForPort(PcscContext context, int port)
    {
        var virtualReaders = context.ListReaders().Where(IsVirtual).ToList();
        return virtualReaders.FirstOrDefault(name => PortOf(name) == port)
            ?? throw new ReaderUnavailableException($"No vpcd reader for port {port}: pcscd lists {virtualReaders.Count} virtual reader(s).");
    }

    /// <summary>The vpcd port behind a reader name, or null when the name is not a vpcd reader's.</summary>
    public static int? PortOf(string readerName)
    {
        if (!IsVirtual(readerName)) return null;
        var words = readerName[VirtualReaderName.Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !int.TryParse(words[^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int slot)) return null;
        int firstPort = words.Length >= 3 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out int named)
            ? named
            : VpcdSlot.FirstPort;
        return firstPort + slot;
    }
}
