using System.Text.RegularExpressions;

namespace MynaGate.Link.Pairing;

/// <summary>
/// The shape of a reader's id and serial, which a reader states at pairing and the terminal puts into result file
/// names and the log: letters, digits and hyphens only, so no name can reach outside the Face folder or carry markup.
/// One rule for the reader's configuration, the terminal's pairing and the file name.
/// </summary>
public static partial class DeviceNames
{
    public const int MaxIdLength = 16;
    public const int MaxSerialLength = 32;

    /// <summary>A reader id such as R01: 1–16 letters, digits or '-'.</summary>
    public static bool IsReaderId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && ReaderId().IsMatch(id);

    /// <summary>A serial number: 1–32 letters, digits or '-' (what the reader's configuration allows).</summary>
    public static bool IsSerial([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? serial) => serial is not null && Serial().IsMatch(serial);

    [GeneratedRegex("^[A-Za-z0-9-]{1,16}$")]
    private static partial Regex ReaderId();

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex Serial();
}
