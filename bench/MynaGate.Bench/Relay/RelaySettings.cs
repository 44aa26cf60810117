using System.Globalization;

namespace MynaGate.Bench.Relay;

/// <summary>The options of <c>bench relay</c>.</summary>
public sealed record RelaySettings
{
    /// <summary>Simulated readers at once; up to the terminal's licence limit (64).</summary>
    public int Readers { get; private init; } = 16;

    /// <summary>Counted sessions per reader, in each phase (all readers without pauses, one reader alone, all readers at once).</summary>
    public int Sessions { get; private init; } = 30;

    /// <summary>Sessions per reader before the counted ones: JIT, the first TLS handshakes and the emulator's caches.</summary>
    public int WarmUp { get; private init; } = 3;

    /// <summary>
    /// The patient's time at each of a session's two pauses (placing the card and proving it, before the challenge;
    /// the consent screens, before the completion), drawn from 0.5–1.5× this. 1 s makes a session every ~2 s per
    /// reader: 64 readers then ask more of the terminal than any clinic's peak. 0 is the stress test.
    /// </summary>
    public int PatientMs { get; private init; } = 1000;

    public const int MaxReaders = 64;

    public const string Usage = "[--readers 1..64] [--sessions S (per reader)] [--warm-up N] [--patient-ms MS]";

    /// <summary>The settings in <paramref name="args"/>, or null when one is unknown or out of range.</summary>
    public static RelaySettings? Parse(string[] args)
    {
        var settings = new RelaySettings();
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return null;
            settings = args[i] switch
            {
                "--readers" => settings with { Readers = value },
                "--sessions" => settings with { Sessions = value },
                "--warm-up" => settings with { WarmUp = value },
                "--patient-ms" => settings with { PatientMs = value },
                _ => null,
            };
            if (settings is null) return null;
        }
        return settings.Readers is >= 1 and <= MaxReaders && settings.Sessions >= 1 ? settings : null;
    }
}
