using System.Globalization;
using System.Resources;

namespace MynaGate.Reader.Kiosk;

/// <summary>The kiosk's texts in one language, from KioskText.resx (日本語) and its satellites (X5); none is written in markup.</summary>
public sealed class KioskText
{
    public const string DefaultLanguage = "ja";

    private static readonly ResourceManager Resources = new("MynaGate.Reader.Kiosk.KioskText", typeof(KioskText).Assembly);

    private readonly CultureInfo _culture;

    public KioskText(string language)
    {
        Language = Languages.Contains(language) ? language : DefaultLanguage;
        _culture = CultureInfo.GetCultureInfo(Language);
    }

    /// <summary>日本語, English, 中文, 한국어, Tiếng Việt, Português.</summary>
    public static IReadOnlyList<string> Languages => MynaGate.Link.Messages.ReaderSettings.SupportedLanguages;

    public string Language { get; }

    public string this[string key] => Resources.GetString(key, _culture) ?? throw new KeyNotFoundException($"kiosk text {key} is missing");

    /// <summary>The text for <paramref name="key"/>, or null when the resources have none (an error code without its own message).</summary>
    public string? Find(string key) => Resources.GetString(key, _culture);

    public string Format(string key, object argument) => string.Format(_culture, this[key], argument);

    public string Format(string key, object first, object second) => string.Format(_culture, this[key], first, second);

    /// <summary>
    /// Where a key of the 3-column PIN pad stands ("2段目、左"): what the accessible mode says of a touched key instead
    /// of its digit, since on the fixed layout anyone near the reader would otherwise hear the PIN (R36).
    /// </summary>
    public string PadPosition(int position) => Format("PadPosition", (position / 3) + 1, this[$"PadColumn{position % 3}"]);

    /// <summary>A language's own name, for the switch on the first screen.</summary>
    public static string NameOf(string language) => new KioskText(language)["LanguageName"];
}
