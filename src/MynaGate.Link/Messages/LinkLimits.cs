namespace MynaGate.Link.Messages;

/// <summary>Sizes no message between MynaGate's programs comes near, so none larger is read or buffered from the LAN.</summary>
public static class LinkLimits
{
    /// <summary>A link or national-service message: certificates, signatures and a qualification are a few kilobytes.</summary>
    public const int MaxMessageBytes = 256 * 1024;
}
