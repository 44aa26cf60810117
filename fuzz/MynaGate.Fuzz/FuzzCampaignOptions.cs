using System.Globalization;

namespace MynaGate.Fuzz;

/// <summary>What <c>mynagate fuzz</c> was asked: seconds per target, one target or all, and where to work.</summary>
public sealed record FuzzCampaignOptions(int SecondsPerTarget, string? Target, string WorkFolder)
{
    public static FuzzCampaignOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int seconds = 60;
        string? target = null;
        for (int i = 0; i < args.Count; i++)
        {
            string value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--seconds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s is >= 5 and <= 86_400:
                    seconds = s;
                    break;
                case "--seconds":
                    throw new ArgumentException("--seconds takes a whole number of seconds from 5 to 86400.");
                case "--target":
                    target = FuzzTargets.Named(value).Name;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.");
            }
            i++;
        }
        string state = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s2 ? s2 : ".state";
        return new FuzzCampaignOptions(seconds, target, Path.GetFullPath(Path.Combine(state, "fuzz")));
    }
}
