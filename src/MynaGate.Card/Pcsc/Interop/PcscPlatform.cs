using MynaGate.Card.Pcsc.Interop.Linux;
using MynaGate.Card.Pcsc.Interop.Windows;

namespace MynaGate.Card.Pcsc.Interop;

/// <summary>Chooses the platform's PC/SC library once.</summary>
internal static class PcscPlatform
{
    public static IPcscApi Api { get; } = OperatingSystem.IsWindows() ? new WinSCardApi() : new PcscLiteApi();

    /// <summary>SCARD_SCOPE_SYSTEM.</summary>
    public const uint ScopeSystem = 2;

    /// <summary>The reader name that reports readers being added or removed.</summary>
    public const string PnpNotification = @"\\?PnP?\Notification";

    public static string[] SplitMultiString(ReadOnlySpan<byte> buffer)
    {
        var names = new List<string>();
        int start = 0;
        for (int i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] != 0) continue;
            if (i == start) break;
            names.Add(System.Text.Encoding.UTF8.GetString(buffer[start..i]));
            start = i + 1;
        }
        return [.. names];
    }
}
