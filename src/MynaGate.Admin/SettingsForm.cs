using System.Globalization;
using Microsoft.AspNetCore.Http;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Admin;

/// <summary>Reads the settings page's form into <see cref="ReaderSettings"/>, with a message for each field it cannot use.</summary>
public static class SettingsForm
{
    public static (ReaderSettings Settings, IReadOnlyList<string> Problems) Parse(IFormCollection form, ReaderSettings current)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(current);
        var problems = new List<string>();
        var positions = new List<(int Position, ConsentItem Item)>();
        foreach (var item in Enum.GetValues<ConsentItem>())
        {
            string value = form[$"consent-{item}"].ToString();
            if (value.Length == 0) continue;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int position)) positions.Add((position, item));
            else problems.Add($"{StaffText.Consent(item)}: 順番が数字ではありません。");
        }
        string set = form["consentSet"].ToString();
        IReadOnlyList<ConsentItem>? named = null;
        if (set.Length > 0 && !ConsentSets.ByName.TryGetValue(set, out named)) problems.Add("知らない同意画面の組み合わせが指定されています。");
        else if (named is null && positions.GroupBy(p => p.Position).Any(g => g.Count() > 1)) problems.Add("同意画面の順番が重なっています。");

        int timeout = Number(form, "inputTimeout", current.InputTimeoutSeconds, "入力待ちの時間", problems);
        int volume = Number(form, "volume", (int)Math.Round(current.VoiceVolume * 100), "音量", problems);
        if (volume is < 0 or > 100) problems.Add("音量は 0 から 100 の間で指定してください。");

        var languages = form["language"].Where(l => l is not null).Select(l => l!).Prepend("ja").Distinct().ToList();
        string message = form["completionMessage"].ToString().Trim();
        var settings = new ReaderSettings
        {
            // a national set wins over the per-screen order, which applies to the clinic's own list only
            Consents = named ?? [.. positions.OrderBy(p => p.Position).Select(p => p.Item)],
            PrescriptionChoice = form["prescriptionChoice"] == "true",
            MedicalSubsidyQuestion = form["medicalSubsidyQuestion"] == "true",
            VisualCheck = form["visualCheck"] == "true",
            PaperMode = form["paperMode"] == "true",
            DebugMode = form["debugMode"] == "true",
            Voice = form["voice"] == "true",
            VoiceVolume = Math.Clamp(volume, 0, 100) / 100.0,
            Languages = [.. ReaderSettings.SupportedLanguages.Where(languages.Contains)],
            CompletionMessage = message.Length == 0 ? null : message,
            InputTimeoutSeconds = timeout,
        };
        if (languages.Any(l => !ReaderSettings.SupportedLanguages.Contains(l))) problems.Add("知らない言語が指定されています。");
        problems.AddRange(settings.Problems());
        return (settings, problems);
    }

    private static int Number(IFormCollection form, string field, int fallback, string label, List<string> problems)
    {
        string value = form[field].ToString();
        if (value.Length == 0) return fallback;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)) return number;
        problems.Add($"{label}: 数字で指定してください。");
        return fallback;
    }
}
