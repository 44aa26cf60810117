using System.Net.Sockets;
using System.Security.Authentication;

namespace MynaGate.Terminal.Links;

/// <summary>Turns a failed connection to a reader into a code and a sentence an installer can act on (R22).</summary>
public static class LinkDiagnostics
{
    public const string Refused = "L101";
    public const string TimedOut = "L102";
    public const string CertificateMismatch = "L103";
    public const string Unreachable = "L104";
    public const string Unpaired = "L105";

    public static (string Code, string Message) Describe(Exception error, Uri address)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AuthenticationException:
                    return (CertificateMismatch, $"{address.Authority} presented a certificate other than the one paired: another device has this address, or the reader was reset (pair it again).");
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return (Refused, $"{address.Authority} refused the connection: the reader is not running, or a firewall blocks port {address.Port}.");
                case SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable }:
                    return (Unreachable, $"{address.Authority} cannot be reached: check the cable, the address and the route.");
                case TimeoutException or TaskCanceledException:
                    return (TimedOut, $"{address.Authority} did not answer in time: the network drops packets or a firewall silently blocks port {address.Port}.");
                case UnauthorizedAccessException:
                    return (Unpaired, $"{address.Authority} does not recognise this terminal: pair it again.");
            }
        }
        return (Unreachable, $"{address.Authority} could not be reached ({error.GetType().Name}).");
    }
}
