using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MynaGate.Site.Commands;

/// <summary>
/// A toolbox command's result rows: an aligned table for people, or with <c>--json</c> one JSON object per row and
/// line for scripts. Every row has the same columns, in the order given.
/// </summary>
public sealed class Report(TextWriter output, bool json)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<(string Name, object? Value)[]> _rows = [];

    /// <summary>One row; values are text, numbers, booleans or null (shown as "-").</summary>
    public void Add(params (string Name, object? Value)[] row)
    {
        if (json)
        {
            var line = new Dictionary<string, object?>(row.Length);
            foreach (var (name, value) in row) line[name] = value;
            output.WriteLine(JsonSerializer.Serialize(line, Json));
        }
        else
        {
            _rows.Add(row);
        }
    }

    /// <summary>Writes the table (nothing more for JSON, whose lines are already out).</summary>
    public void Flush()
    {
        if (json || _rows.Count == 0) return;
        string[] names = [.. _rows[0].Select(c => c.Name)];
        var cells = _rows.Select(r => r.Select(c => Cell(c.Value)).ToArray()).ToList();
        int[] widths = [.. names.Select((n, i) => Math.Max(Width(n), cells.Max(r => i < r.Length ? Width(r[i]) : 0)))];
        output.WriteLine(Line(names, widths));
        foreach (var row in cells) output.WriteLine(Line(row, widths));
        _rows.Clear();
    }

    private static string Cell(object? value) => value switch
    {
        null => "-",
        bool b => b ? "yes" : "no",
        float f => f.ToString("0.###", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "-",
    };

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    // full-width characters (kanji, kana) take two columns in a terminal
    private static int Width(string text) => text.Sum(c => c >= '\u1100' && !(c >= '\uFF61' && c <= '\uFF9F') ? 2 : 1);
}
