using System.Globalization;

namespace MynaGate.Site.Commands;

/// <summary>Options of the form <c>--name value</c>, flags <c>--name</c> and, for commands that take them, operands (file names).</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _operands = [];

    public Arguments(IEnumerable<string> args, params string[] flags)
        : this(args, operands: false, flags)
    {
    }

    public Arguments(IEnumerable<string> args, bool operands, params string[] flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                if (!operands) throw new UsageException($"unexpected argument '{name}'");
                _operands.Add(name);
            }
            else if (flags.Contains(name)) _options[name] = null;
            else if (e.MoveNext()) _options[name] = e.Current;
            else throw new UsageException($"{name} needs a value");
        }
    }

    /// <summary>
    /// A toolbox command's line: its flags (--json, --help and <paramref name="flags"/>), its valued
    /// <paramref name="options"/> and, when <paramref name="operands"/>, file names. Null when --help was asked;
    /// the help is then printed.
    /// </summary>
    public static Arguments? ForCommand(IReadOnlyList<string> args, string help, TextWriter output, bool operands, string[] flags, params string[] options)
    {
        ArgumentNullException.ThrowIfNull(output);
        string[] allFlags = ["--json", "--help", .. flags];
        var arguments = new Arguments(args, operands, allFlags);
        arguments.RejectUnknown([.. allFlags, .. options]);
        if (!arguments.Has("--help")) return arguments;
        output.Write(help);
        return null;
    }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Operands => _operands;

    public bool Has(string flag) => _options.ContainsKey(flag);

    public string? Text(string name) => _options.GetValueOrDefault(name);

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
