namespace MynaGate.Eval;

/// <summary>"--name value" options and "--flag" switches of an eval command.</summary>
internal sealed class EvalArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

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
            parsed._options[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    public string Get(string name, string fallback) => _options.TryGetValue(name, out string? v) && v is not null ? v : fallback;

    public bool Has(string name) => _options.ContainsKey(name);

    public static string Shared(string relative) =>
        Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_SHARED") ?? Path.Combine("..", "shared"), relative);
}
