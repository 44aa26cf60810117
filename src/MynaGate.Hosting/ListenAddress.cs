using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace MynaGate.Hosting;

/// <summary>"address:port" in configuration (0.0.0.0:47201, 127.0.0.1:47100, [::]:443; port 0 picks a free one).</summary>
public static class ListenAddress
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPEndPoint? endpoint)
    {
        if (string.IsNullOrEmpty(text) || !IPEndPoint.TryParse(text, out endpoint))
        {
            endpoint = null;
            return false;
        }
        // the port must be written: a bare "::1" parses as port 0, so an IPv6 address needs its brackets
        bool portWritten = endpoint.AddressFamily == AddressFamily.InterNetworkV6
            ? text.StartsWith('[') && text.Contains("]:", StringComparison.Ordinal)
            : text.Contains(':', StringComparison.Ordinal);
        return portWritten;
    }

    public static IPEndPoint Parse(string text) =>
        TryParse(text, out var endpoint) ? endpoint : throw new FormatException($"'{text}' is not address:port.");

    /// <summary>The problem with <paramref name="text"/> at <paramref name="key"/>, or null when it is a usable address.</summary>
    public static string? Problem(string key, string? text) =>
        TryParse(text, out _) ? null : $"{key} must be address:port with a port of 0–65535 (0 picks a free one), such as 0.0.0.0:47201 (was '{text}')";
}
