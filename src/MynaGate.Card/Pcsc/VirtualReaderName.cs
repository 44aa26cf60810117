namespace MynaGate.Card.Pcsc;

/// <summary>
/// pcscd names the vsmartcard vpcd driver's readers "Virtual PCD …". A production program never drives one, but the
/// site tool marks them, so a technician reading <c>mynagate doctor</c> sees a test slot rather than hardware.
/// </summary>
public static class VirtualReaderName
{
    public const string Prefix = "Virtual PCD";

    public static bool Is(string readerName)
    {
        ArgumentNullException.ThrowIfNull(readerName);
        return readerName.StartsWith(Prefix, StringComparison.Ordinal);
    }
}
