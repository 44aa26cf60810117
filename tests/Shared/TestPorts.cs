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

    /// <summary>
    /// A base port whose <paramref name="offsets"/> are all free and drawn by no one else: for a program that takes one
    /// base and places its servers at fixed offsets from it (the demo's --port-base).
    /// </summary>
    public static int Block(IReadOnlyCollection<int> offsets)
    {
        int span = offsets.Max();
        lock (Drawn)
        {
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                int first = Random.Shared.Next(First, Last - span);
                if (offsets.Any(o => Drawn.Contains(first + o) || !IsFree(first + o))) continue;
                foreach (int o in offsets) Drawn.Add(first + o);
                return first;
            }
        }
        throw new InvalidOperationException($"No free block of {span + 1} ports between {First} and {Last}.");
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
