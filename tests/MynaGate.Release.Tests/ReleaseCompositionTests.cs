using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace MynaGate.Release.Tests;

/// <summary>
/// An artifact's SBOM merged from the per-project SBOMs, with the runtime, models and Debian dependencies added, and
/// the THIRD-PARTY-NOTICES file built from it: each package once, build-only packages left out, every licence text
/// there once with what it covers, and what apt installs listed apart.
/// </summary>
public sealed class ReleaseCompositionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mynagate-release-").FullName;

    [Fact]
    public void The_models_manifest_reads_its_lines_and_names_a_malformed_one()
    {
        var models = ShippedModel.Parse("# comment\n\na.onnx\treader\tMIT\ta.MIT.txt\thttps://example.org/a\nppocr/b.onnx\treader,terminal\tApache-2.0\tb.txt\thttps://example.org/b\n");

        Assert.Equal(["a.onnx", "ppocr/b.onnx"], models.Select(m => m.Path));
        Assert.Equal(["reader", "terminal"], models[1].Programs);
        var bad = Assert.Throws<FormatException>(() => ShippedModel.Parse("a.onnx\treader\tMIT\n"));
        Assert.Contains("line 1", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packages_of_several_programs_appear_once_and_build_only_ones_not_at_all()
    {
        var sbom = Compose();
        var names = Components(sbom).Select(c => (string)c["name"]!).ToList();

        Assert.Single(names, n => n == "Shared.Package");
        Assert.Contains("Only.Site", names);
        Assert.DoesNotContain("MinVer", names);
        Assert.Contains("Microsoft.NETCore.App.Runtime.linux-x64", names);
        Assert.Equal("mynagate-reader", (string)sbom["metadata"]!["component"]!["name"]!);
    }

    [Fact]
    public void A_model_carries_its_files_sha256_and_licence_and_a_debian_dependency_is_marked_not_shipped()
    {
        var sbom = Compose();
        var model = Components(sbom).Single(c => (string)c["name"]! == "m.onnx");
        var debian = Components(sbom).Single(c => (string)c["name"]! == "libtesseract5");

        Assert.Equal("machine-learning-model", (string)model["type"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_root, "models", "m.onnx")))), (string)model["hashes"]![0]!["content"]!);
        Assert.Equal("Apache-2.0", (string)model["licenses"]![0]!["license"]!["id"]!);
        Assert.Equal("false", (string)debian["properties"]![0]!["value"]!);
    }

    [Fact]
    public void The_notices_hold_each_licence_text_once_with_what_it_covers_and_list_apt_packages_apart()
    {
        var sbom = Compose();

        string notices = ThirdPartyNotices.Write(sbom, Path.Combine(_root, "nuget"), Path.Combine(_root, "models", "licenses"), Models);

        // the two packages share one licence text: it is there once, naming both
        Assert.Equal(1, Count(notices, "SHARED LICENCE TEXT"));
        Assert.Contains("This text applies to: Only.Site 2.0.0, Shared.Package 1.0.0", notices, StringComparison.Ordinal);
        Assert.Contains("MODEL LICENCE TEXT", notices, StringComparison.Ordinal);
        Assert.Contains("RUNTIME NOTICES", notices, StringComparison.Ordinal);
        Assert.Contains("Installed by apt beside it, not carried", notices, StringComparison.Ordinal);
        Assert.Contains("libtesseract5", notices, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_whose_folder_is_missing_stops_the_notices_naming_it()
    {
        var sbom = Compose();
        Directory.Delete(Path.Combine(_root, "nuget", "only.site"), recursive: true);

        var missing = Assert.Throws<FileNotFoundException>(() => ThirdPartyNotices.Write(sbom, Path.Combine(_root, "nuget"), Path.Combine(_root, "models", "licenses"), Models));
        Assert.Contains("Only.Site 2.0.0", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly IReadOnlyList<ShippedModel> Models = [new("m.onnx", ["reader"], "Apache-2.0", "m.Apache-2.0.txt", "https://example.org/m")];

    private JsonObject Compose()
    {
        Put("nuget/shared.package/1.0.0/LICENSE.txt", "SHARED LICENCE TEXT");
        Put("nuget/only.site/2.0.0/license.md", "SHARED LICENCE TEXT");
        Put("nuget/microsoft.netcore.app.runtime.linux-x64/10.0.12/THIRD-PARTY-NOTICES.TXT", "RUNTIME NOTICES");
        Put("models/m.onnx", "model bytes");
        Put("models/licenses/m.Apache-2.0.txt", "MODEL LICENCE TEXT");
        var host = Bom(("Shared.Package", "1.0.0", "required"), ("MinVer", "8.0.0", "excluded"));
        var site = Bom(("Shared.Package", "1.0.0", "required"), ("Only.Site", "2.0.0", "required"));
        return ReleaseSbom.Compose("mynagate-reader", "0.21.0", [host, site], "linux-x64", [("Microsoft.NETCore.App", "10.0.12")],
            [(Models[0], Path.Combine(_root, "models", "m.onnx"))], [], ["libtesseract5"]);
    }

    private static JsonObject Bom(params (string Name, string Version, string Scope)[] packages) => new()
    {
        ["components"] = new JsonArray([.. packages.Select(p => (JsonNode)new JsonObject
        {
            ["bom-ref"] = $"pkg:nuget/{p.Name}@{p.Version}",
            ["name"] = p.Name,
            ["version"] = p.Version,
            ["scope"] = p.Scope,
            ["licenses"] = new JsonArray(new JsonObject { ["license"] = new JsonObject { ["id"] = "MIT" } }),
        })]),
    };

    private static IEnumerable<JsonNode> Components(JsonObject sbom) => sbom["components"]!.AsArray().OfType<JsonNode>();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private void Put(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
