using System.Text;

namespace MynaGate.Hosting.Settings;

/// <summary>Every key one program reads, in the order a person configuring it meets them, with notes that hold for several.</summary>
/// <param name="Program">The program ("mynagate-reader").</param>
/// <param name="Section">Its own section ("Reader").</param>
/// <param name="Settings">Its keys; the keys every program reads (<see cref="CommonSettings"/>) are listed apart.</param>
/// <param name="Notes">Sentences that hold for several keys, printed after them.</param>
public sealed record SettingCatalogue(string Program, string Section, IReadOnlyList<Setting> Settings, IReadOnlyList<string> Notes)
{
    /// <summary><see cref="Notes"/> in Japanese, in the same order.</summary>
    public IReadOnlyList<string> JapaneseNotes { get; init; } = [];

    /// <summary>The default of a key that has none and must be given.</summary>
    public const string Required = "required";

    /// <summary>The declaration of <paramref name="key"/>; throws for a key that is not declared (a programming error).</summary>
    public Setting this[string key] => Settings.FirstOrDefault(s => s.Key == key)
        ?? throw new KeyNotFoundException($"{key} is not declared for {Program}.");

    /// <summary>The keys for --help: each key with its default and range, then its meaning indented.</summary>
    public string HelpText(int healthPort)
    {
        var text = new StringBuilder();
        foreach (var setting in Settings.Concat(CommonSettings.For(healthPort)))
        {
            text.Append("  ").Append(setting.Key).Append("  (").Append(setting.Default == Required ? Required : "default " + Plain(setting.Default));
            if (setting.Range.Length > 0) text.Append("; ").Append(setting.Range);
            if (setting.ChangedByStaff) text.Append("; staff may change it in the console");
            text.Append(")\n");
            foreach (string line in Wrap(Plain(setting.Meaning + Formerly(setting, japanese: false)), 96)) text.Append("      ").Append(line).Append('\n');
        }
        foreach (string note in Notes)
            foreach (string line in Wrap(Plain(note), 100)) text.Append("  ").Append(line).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The Markdown table of docs/configuration.md for this program, its notes after it.</summary>
    public string MarkdownTable(bool japanese)
    {
        var notes = japanese ? JapaneseNotes : Notes;
        return Table(Settings, japanese) + (notes.Count == 0 ? "" : "\n" + string.Join("\n\n", notes) + "\n");
    }

    /// <summary>A Markdown table of <paramref name="settings"/>, in English or in Japanese.</summary>
    public static string Table(IEnumerable<Setting> settings, bool japanese)
    {
        var md = new StringBuilder(japanese ? "| キー | 既定 | 範囲 | コンソール | 意味 |\n" : "| key | default | range | console | meaning |\n");
        md.Append("|---|---|---|---|---|\n");
        foreach (var s in settings)
        {
            md.Append("| `").Append(s.Key).Append("` | ").Append(japanese ? s.JapaneseDefault : s.Default)
              .Append(" | ").Append(japanese ? s.JapaneseRange : s.Range)
              .Append(" | ").Append(s.ChangedByStaff ? (japanese ? "可" : "yes") : "")
              .Append(" | ").Append(japanese ? s.Japanese : s.Meaning).Append(Formerly(s, japanese)).Append(" |\n");
        }
        return md.ToString();
    }

    private static string Formerly(Setting setting, bool japanese) => setting.FormerKey is not { } former ? ""
        : japanese ? $" (旧名 `{former}` も読みますが、開始時に警告します)" : $" (formerly `{former}`, still read with a warning at start)";

    // Markdown's code marks mean nothing on a terminal
    private static string Plain(string markdown) => markdown.Replace("`", "", StringComparison.Ordinal);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
