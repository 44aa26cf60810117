using System.Globalization;

namespace MynaGate.Cli.Commands;

/// <summary>Options of the form <c>--name value</c> and flags <c>--name</c>.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, params string[] flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument '{name}'");
            if (flags.Contains(name)) _options[name] = null;
            else if (e.MoveNext()) _options[name] = e.Current;
            else throw new UsageException($"{name} needs a value");
        }
    }

    public bool Has(string flag) => _options.ContainsKey(flag);

    public int Number(string name, int fallback)
    {
        if (!_options.TryGetValue(name, out string? value) || value is null) return fallback;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int result)
            ? result : throw new UsageException($"{name} expects a number");
    }

    public void RejectUnknown(params string[] known)
    {
        foreach (string name in _options.Keys)
            if (!known.Contains(name)) throw new UsageException($"unknown option {name}");
    }
}
