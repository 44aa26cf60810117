using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MynaGate.Release;

/// <summary>
/// One artifact's CycloneDX SBOM: the NuGet packages of every program in it (from the CycloneDX tool's per-project
/// SBOMs, each package once, build-only packages left out), the .NET runtime a self-contained program carries, the
/// files we ship that no package describes (our native library, the models, with their sha256), and the Debian packages
/// the artifact depends on and does not carry (marked <c>mynagate:shipped=false</c>).
/// </summary>
internal static class ReleaseSbom
{
    public static JsonObject Compose(
        string artifact,
        string version,
        IEnumerable<JsonObject> projectBoms,
        string runtimeIdentifier,
        IEnumerable<(string Name, string Version)> runtimes,
        IEnumerable<(ShippedModel Model, string File)> models,
        IEnumerable<string> nativeFiles,
        IEnumerable<string> debianDependencies)
    {
        var components = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bom in projectBoms)
        {
            foreach (var component in bom["components"]?.AsArray() ?? [])
            {
                if (component is null || (string?)component["scope"] == "excluded") continue;
                string reference = (string?)component["bom-ref"] ?? throw new FormatException("an SBOM component has no bom-ref");
                if (seen.Add(reference)) components.Add(component.DeepClone());
            }
        }
        foreach (var (framework, runtimeVersion) in runtimes.Distinct())
        {
            // a self-contained program carries the framework's runtime pack for its platform: that package is the component
            string name = $"{framework}.Runtime.{runtimeIdentifier}";
            components.Add(new JsonObject
            {
                ["type"] = "framework",
                ["bom-ref"] = $"pkg:nuget/{name}@{runtimeVersion}",
                ["name"] = name,
                ["version"] = runtimeVersion,
                ["scope"] = "required",
                ["licenses"] = Licences("MIT"),
                ["purl"] = $"pkg:nuget/{name}@{runtimeVersion}",
                ["description"] = "the .NET runtime, carried by the self-contained program",
            });
        }
        foreach (string file in nativeFiles)
        {
            components.Add(new JsonObject
            {
                ["type"] = "library",
                ["bom-ref"] = $"file:{Path.GetFileName(file)}",
                ["name"] = Path.GetFileName(file),
                ["version"] = version,
                ["scope"] = "required",
                ["hashes"] = Sha256(file),
                ["description"] = "MynaGate's native library (native/vision), built against Debian's OpenCV",
            });
        }
        foreach (var (model, file) in models)
        {
            components.Add(new JsonObject
            {
                ["type"] = model.Path.EndsWith(".onnx", StringComparison.Ordinal) ? "machine-learning-model" : "data",
                ["bom-ref"] = $"model:{model.Path}",
                ["name"] = model.Path,
                ["scope"] = "required",
                ["hashes"] = Sha256(file),
                ["licenses"] = Licences(model.Licence),
                ["externalReferences"] = new JsonArray(new JsonObject { ["type"] = "vcs", ["url"] = model.Source }),
            });
        }
        foreach (string package in debianDependencies)
        {
            components.Add(new JsonObject
            {
                ["type"] = "library",
                ["bom-ref"] = $"pkg:deb/debian/{package}?distro=debian-12",
                ["name"] = package,
                ["scope"] = "required",
                ["purl"] = $"pkg:deb/debian/{package}?distro=debian-12",
                ["properties"] = new JsonArray(new JsonObject { ["name"] = "mynagate:shipped", ["value"] = "false" }),
            });
        }

        return new JsonObject
        {
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = "1.6",
            ["serialNumber"] = $"urn:uuid:{Guid.NewGuid()}",
            ["version"] = 1,
            ["metadata"] = new JsonObject
            {
                ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["component"] = new JsonObject
                {
                    ["type"] = "application",
                    ["bom-ref"] = $"{artifact}@{version}",
                    ["name"] = artifact,
                    ["version"] = version,
                },
            },
            ["components"] = components,
        };
    }

    /// <summary>The frameworks a self-contained program's runtimeconfig.json says it carries.</summary>
    public static IEnumerable<(string Name, string Version)> IncludedFrameworks(string runtimeConfigText)
    {
        var frameworks = JsonNode.Parse(runtimeConfigText)?["runtimeOptions"]?["includedFrameworks"]?.AsArray()
            ?? throw new FormatException("the runtimeconfig names no included frameworks: is the program published self-contained?");
        return frameworks.Select(f => ((string?)f?["name"] ?? throw new FormatException("an included framework has no name"),
            (string?)f?["version"] ?? throw new FormatException("an included framework has no version")));
    }

    public static string Write(JsonObject sbom) => sbom.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonArray Licences(string spdx) => new(new JsonObject { ["license"] = new JsonObject { ["id"] = spdx } });

    private static JsonArray Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return new JsonArray(new JsonObject { ["alg"] = "SHA-256", ["content"] = Convert.ToHexStringLower(SHA256.HashData(stream)) });
    }
}
