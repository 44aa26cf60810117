using System.Text.Json.Nodes;
using MynaGate.Release;

// mynagate-release compose: one artifact's SBOM and THIRD-PARTY-NOTICES (scripts/release.sh runs it per artifact).
const string Usage = """
    usage: mynagate-release compose --artifact NAME --version V --out-dir DIR --nuget-packages DIR
             --rid RID --bom FILE [--bom FILE ...] --runtimeconfig FILE [--runtimeconfig FILE ...]
             [--native FILE ...] [--models-manifest FILE --program NAME --models-dir DIR] [--depends PACKAGE ...]
    writes DIR/NAME.cdx.json and DIR/THIRD-PARTY-NOTICES.txt; exit 0, or 2 with one line on bad usage or input
    """;

if (args.Length == 0 || args[0] != "compose")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
for (int i = 1; i < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"mynagate-release: {args[i]}: every option takes one value\n{Usage}");
        return 2;
    }
    if (!options.TryGetValue(args[i][2..], out var values)) options[args[i][2..]] = values = [];
    values.Add(args[i + 1]);
}
string One(string name) => options.TryGetValue(name, out var v) && v.Count == 1 ? v[0] : throw new ArgumentException($"--{name} is required, once");
IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var v) ? v : [];

try
{
    string artifact = One("artifact"), version = One("version"), outDir = One("out-dir"), nuget = One("nuget-packages");
    var boms = All("bom").Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
    var runtimes = All("runtimeconfig").SelectMany(f => ReleaseSbom.IncludedFrameworks(File.ReadAllText(f))).ToList();
    IReadOnlyList<ShippedModel> models = [];
    string modelsDir = "";
    if (options.ContainsKey("models-manifest"))
    {
        string program = One("program");
        modelsDir = One("models-dir");
        models = [.. ShippedModel.Parse(File.ReadAllText(One("models-manifest"))).Where(m => m.Programs.Contains(program))];
    }
    var sbom = ReleaseSbom.Compose(artifact, version, boms, One("rid"), runtimes,
        models.Select(m => (m, Path.Combine(modelsDir, m.Path))), All("native"), All("depends"));
    Directory.CreateDirectory(outDir);
    File.WriteAllText(Path.Combine(outDir, artifact + ".cdx.json"), ReleaseSbom.Write(sbom));
    File.WriteAllText(Path.Combine(outDir, "THIRD-PARTY-NOTICES.txt"),
        ThirdPartyNotices.Write(sbom, nuget, Path.Combine(modelsDir, "licenses"), models));
    return 0;
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"mynagate-release: {e.Message}");
    return 2;
}
