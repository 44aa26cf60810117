using System.Text;
using System.Text.Json.Nodes;

namespace MynaGate.Release;

/// <summary>
/// The THIRD-PARTY-NOTICES file of an artifact, built from its SBOM: every shipped component with its version and
/// licence, then the licence and notice texts themselves, each distinct text once with the components it covers. A
/// NuGet package's texts are the LICENSE and THIRD-PARTY-NOTICES files in its package folder; a model's is the
/// licence file the models manifest names. Components the artifact does not carry (Debian dependencies) are listed
/// apart, since apt installs them with their own copyright files.
/// </summary>
internal static class ThirdPartyNotices
{
    private static readonly string[] TextFilePrefixes = ["license", "licence", "third-party-notices", "thirdpartynotices", "copying", "notice"];

    public static string Write(JsonObject sbom, string nugetPackages, string modelLicences, IReadOnlyList<ShippedModel> models)
    {
        var metadata = sbom["metadata"]?["component"] ?? throw new FormatException("the SBOM names no artifact");
        var shipped = new List<JsonNode>();
        var notShipped = new List<string>();
        foreach (var component in sbom["components"]?.AsArray() ?? [])
        {
            if (component is null) continue;
            bool carried = !(component["properties"]?.AsArray() ?? []).Any(p => (string?)p?["name"] == "mynagate:shipped" && (string?)p?["value"] == "false");
            if (carried) shipped.Add(component);
            else notShipped.Add((string)component["name"]!);
        }

        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var listing = new StringBuilder();
        foreach (var component in shipped.OrderBy(c => (string?)c["name"], StringComparer.Ordinal))
        {
            string name = (string)component["name"]!;
            string? version = (string?)component["version"];
            string label = version is null ? name : $"{name} {version}";
            string licence = LicenceOf(component);
            listing.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {label,-70} {licence}");
            foreach (string text in TextsOf(component, name, version, nugetPackages, modelLicences, models))
            {
                if (!texts.TryGetValue(text, out var covered)) texts[text] = covered = [];
                covered.Add(label);
            }
        }

        var notices = new StringBuilder();
        notices.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{(string?)metadata["name"]} {(string?)metadata["version"]}: third-party notices");
        notices.AppendLine();
        notices.AppendLine("MynaGate's own code is the MynaGate team's. This artifact also carries the components below, each under");
        notices.AppendLine("its licence (SPDX identifiers); their licence and notice texts follow the list. The SBOM beside this file");
        notices.AppendLine("(CycloneDX) lists the same components with their hashes.");
        notices.AppendLine();
        notices.Append(listing);
        if (notShipped.Count > 0)
        {
            notices.AppendLine();
            notices.AppendLine("Installed by apt beside it, not carried (their copyright files are in /usr/share/doc/PACKAGE/copyright):");
            notices.AppendLine("  " + string.Join(", ", notShipped));
        }
        foreach (var (text, covered) in texts)
        {
            notices.AppendLine();
            notices.AppendLine(new string('=', 100));
            notices.AppendLine("This text applies to: " + string.Join(", ", covered));
            notices.AppendLine(new string('=', 100));
            notices.AppendLine(text.TrimEnd());
        }
        return notices.ToString();
    }

    private static string LicenceOf(JsonNode component)
    {
        var ids = (component["licenses"]?.AsArray() ?? [])
            .Select(l => (string?)l?["license"]?["id"] ?? (string?)l?["license"]?["name"] ?? (string?)l?["expression"])
            .OfType<string>()
            .ToList();
        return ids.Count > 0 ? string.Join(" AND ", ids) : "see its licence text below";
    }

    private static IEnumerable<string> TextsOf(JsonNode component, string name, string? version, string nugetPackages, string modelLicences, IReadOnlyList<ShippedModel> models)
    {
        var model = models.FirstOrDefault(m => m.Path == name);
        if (model is not null)
        {
            yield return File.ReadAllText(Path.Combine(modelLicences, model.LicenceFile));
            yield break;
        }
        if (version is null || !((string?)component["bom-ref"] ?? "").StartsWith("pkg:nuget/", StringComparison.Ordinal)) yield break;
        string folder = Path.Combine(nugetPackages, name.ToLowerInvariant(), version.ToLowerInvariant());
        if (!Directory.Exists(folder)) throw new FileNotFoundException($"the package folder of {name} {version} is not in {nugetPackages}: restore before composing the release");
        foreach (string file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string lower = Path.GetFileName(file).ToLowerInvariant();
            if (TextFilePrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) yield return File.ReadAllText(file);
        }
    }
}
