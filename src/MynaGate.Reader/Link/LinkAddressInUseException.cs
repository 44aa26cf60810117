using System.Net;

namespace MynaGate.Reader.Link;

/// <summary>The reader's link port is held by another program (R22): the message names the address to free or change.</summary>
public sealed class LinkAddressInUseException(IPEndPoint endpoint, Exception inner)
    : Exception($"E901 {endpoint} is already in use by another program: stop it or configure another link port.", inner)
{
    public IPEndPoint Endpoint { get; } = endpoint;
}
