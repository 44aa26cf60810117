namespace MynaGate.Eval;

/// <summary>"--name value" options (an option given again adds a value) and "--flag" switches of an eval command.</summary>
internal sealed class EvalArguments
{
    private readonly Dictionary<string, List<string?>> _options = new(StringComparer.Ordinal);

    public static EvalArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new EvalArguments();
        for (int i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            bool hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            string name = args[i][2..];
            if (!parsed._options.TryGetValue(name, out List<string?>? values))
            {
                parsed._options[name] = values = [];
            }

            values.Add(hasValue ? args[++i] : null);
        }

        return parsed;
    }

    /// <summary>The option's last value, or <paramref name="fallback"/>.</summary>
    public string Get(string name, string fallback) => _options.TryGetValue(name, out List<string?>? v) && v[^1] is { } last ? last : fallback;

    /// <summary>Every value the option was given, in order; empty when it was not given.</summary>
    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out List<string?>? v) ? [.. v.OfType<string>()] : [];

    /// <summary>An integer option; given without a value, or with one that is not an integer in range, it is bad usage.</summary>
    public int GetInt(string name, int fallback, int min, int max)
    {
        string? text = Has(name) ? _options[name][^1] : fallback.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text is null || !int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new ArgumentException($"--{name} must be an integer from {min} to {max}");
        }

        return value;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public static string Shared(string relative) =>
        Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") ?? Path.Combine("..", "shared"), relative);
}
