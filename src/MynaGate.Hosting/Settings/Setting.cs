using System.Globalization;

namespace MynaGate.Hosting.Settings;

/// <summary>
/// One configuration key, declared once: its default, its range, what it means and whether staff may change it from
/// the console. The validators take their ranges from here, and --help and docs/configuration.md are written from it.
/// </summary>
/// <param name="Key">The whole key, as in a file's sections or a Section:Key=value argument ("Reader:Flow:FaceAttempts").</param>
/// <param name="Default">The default as a person reads it ("60", "none", "required").</param>
/// <param name="Meaning">What it does, in a sentence or two (Markdown).</param>
public sealed record Setting(string Key, string Default, string Meaning)
{
    /// <summary>What it does, in Japanese, for the Japanese half of docs/configuration.md.</summary>
    public required string Japanese { get; init; }

    /// <summary>The default in Japanese where <see cref="Default"/> is words rather than a value.</summary>
    public string? DefaultJapanese { get; init; }

    /// <summary>The smallest value allowed, for a number.</summary>
    public double? Min { get; init; }

    /// <summary>The largest value allowed, for a number.</summary>
    public double? Max { get; init; }

    /// <summary>What the smallest value means when it is special ("off").</summary>
    public string? MinMeans { get; init; }

    /// <summary>It holds a secret (a password, a connection string): the support bundle never shows its value.</summary>
    public bool Secret { get; init; }

    /// <summary>
    /// What an installer writes here in the example configuration deploy/config holds (a string, number, bool or list
    /// of names); unset, the key is left out of the example. <c>./mynagate docs config</c> writes the examples from it.
    /// </summary>
    public object? Example { get; init; }

    /// <summary>
    /// The key this setting had before it was renamed: a file that still uses it is read as the new key (when the new
    /// one is not set) and the host warns at start, naming both.
    /// </summary>
    public string? FormerKey { get; init; }

    /// <summary>Staff can change it later from the console, which pushes it to the readers; the file's value holds until then.</summary>
    public bool ChangedByStaff { get; init; }

    /// <summary>The default as a Japanese reader reads it.</summary>
    public string JapaneseDefault => DefaultJapanese ?? Default switch
    {
        SettingCatalogue.Required => "必須",
        "none" => "なし",
        _ => Default,
    };

    /// <summary>"15–600" (in Japanese "15〜600"), "0 (off) to 60", or empty for a key with no numeric range.</summary>
    public string Range => (Min, Max) switch
    {
        ({ } min, { } max) when MinMeans is not null => $"{Number(min)} ({MinMeans}) to {Number(max)}",
        ({ } min, { } max) => $"{Number(min)}–{Number(max)}",
        _ => "",
    };

    /// <summary><see cref="Range"/> in Japanese.</summary>
    public string JapaneseRange => (Min, Max) switch
    {
        ({ } min, { } max) when MinMeans is not null => $"{Number(min)} (オフ)〜{Number(max)}",
        ({ } min, { } max) => $"{Number(min)}〜{Number(max)}",
        _ => "",
    };

    /// <summary>"Key must be 15–600 (was 12)" when <paramref name="value"/> is outside the range; null when it is inside or unset.</summary>
    public string? RangeProblem(double? value) =>
        value is { } v && (double.IsNaN(v) || v < Min || v > Max) ? $"{Key} must be {Range} (was {Number(v)})" : null;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
