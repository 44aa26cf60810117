using System.Globalization;

namespace MynaGate.Bench.Soak;

/// <summary>The options of <c>bench soak</c>.</summary>
public sealed record SoakSettings(int Sessions, int Readers, int Seed, int MallocArenaMax)
{
    /// <summary>What deploy/systemd's units set: the soak measures the hosts as installed; 0 gives glibc's default.</summary>
    public const int DeployedArenas = 2;

    public const string Usage = "[--sessions N] [--readers R] [--seed S] [--malloc-arena-max N]";

    /// <summary>The settings in <paramref name="args"/>, or null when one is unknown or out of range.</summary>
    public static SoakSettings? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal) { ["--sessions"] = 200, ["--readers"] = 2, ["--seed"] = 1, ["--malloc-arena-max"] = DeployedArenas };
        for (int i = 0; i < args.Count; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Count
                || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return null;
            values[args[i]] = value;
        }
        var settings = new SoakSettings(values["--sessions"], values["--readers"], values["--seed"], values["--malloc-arena-max"]);
        // the chain's readers sit on vpcd's slots, two of which the test scripts configure by default
        return settings is { Sessions: >= 10, Readers: >= 1 and <= 16, MallocArenaMax: >= 0 and <= 64 } ? settings : null;
    }
}
