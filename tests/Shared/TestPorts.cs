using System.Net;
using System.Net.Sockets;

namespace MynaGate.Tests;

/// <summary>
/// Fixed ports for a test that must name them in a configuration file before the program listens. They are drawn
/// below Linux's ephemeral range (32768 and up), where no other test's "port 0" listener or outgoing connection can
/// be handed the same port between the check and the program's bind; each is free when drawn and drawn once.
/// </summary>
internal static class TestPorts
{
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly HashSet<int> Drawn = [];

    public static int Next()
    {
        lock (Drawn)
        {
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                int port = Random.Shared.Next(First, Last);
                if (Drawn.Contains(port) || !IsFree(port)) continue;
                Drawn.Add(port);
                return port;
            }
        }
        throw new InvalidOperationException($"No free port between {First} and {Last}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
