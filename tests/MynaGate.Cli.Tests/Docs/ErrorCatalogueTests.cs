using System.Text.RegularExpressions;
using MynaGate.Cli.Docs;
using MynaGate.Link.Errors;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Cli.Tests.Docs;

/// <summary>The error catalogue cannot drift: from the sources, from the kiosk's texts, or from docs/error-codes.md.</summary>
public sealed partial class ErrorCatalogueTests
{
    private static string Checkout => Toolbox.Checkout;

    [Fact]
    public void Every_code_written_in_the_sources_is_catalogued_and_every_catalogued_code_is_raised_somewhere()
    {
        string catalogue = Path.Combine(Checkout, "src", "MynaGate.Link", "Errors", "ErrorCatalogue.cs");
        var sources = Directory.EnumerateFiles(Path.Combine(Checkout, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && f != catalogue)
            .ToList();
        Assert.True(sources.Count > 100, $"only {sources.Count} source files found under {Checkout}");
        var used = sources.SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var catalogued = ErrorCatalogue.All.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(used.Except(catalogued).Order(StringComparer.Ordinal));
        Assert.Empty(catalogued.Except(used).Order(StringComparer.Ordinal));
        Assert.Equal(ErrorCatalogue.All.Count, catalogued.Count);
    }

    [Fact]
    public void Every_code_a_patient_sees_has_its_own_screen_text_in_every_kiosk_language_and_staff_codes_have_none()
    {
        foreach (var entry in ErrorCatalogue.All)
        {
            if (entry.Audience == ErrorAudience.Staff)
            {
                Assert.Null(entry.PatientTextKey);
                continue;
            }
            foreach (string language in KioskText.Languages)
            {
                var text = new KioskText(language);
                string? screen = text.Find(entry.PatientTextKey!);
                Assert.False(string.IsNullOrWhiteSpace(screen), $"{entry.Code} has no screen text in {language}");
                Assert.NotEqual(text["Error_Other"], screen);
            }
        }
    }

    [Fact]
    public void The_committed_reference_is_what_the_catalogue_writes_today()
    {
        string committed = File.ReadAllText(Path.Combine(Checkout, ErrorCodesDocument.RelativePath));
        Assert.True(committed == ErrorCodesDocument.Render(), "docs/error-codes.md is out of date: run ./mynagate docs error-codes");
    }

    [Fact]
    public async Task The_docs_command_checks_and_rewrites_the_reference()
    {
        string root = Directory.CreateTempSubdirectory("mynagate-docs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            Assert.Equal(1, (await Toolbox.RunAsync("docs", "error-codes", "--check", "--root", root)).ExitCode);
            Assert.Equal(0, (await Toolbox.RunAsync("docs", "error-codes", "--root", root)).ExitCode);
            Assert.Equal(0, (await Toolbox.RunAsync("docs", "error-codes", "--check", "--root", root)).ExitCode);
            string written = File.ReadAllText(Path.Combine(root, ErrorCodesDocument.RelativePath));
            Assert.All(ErrorCatalogue.All, e => Assert.Contains($"#### {e.Code}\n", written, StringComparison.Ordinal));
            Assert.True(written.IndexOf("## 日本語", StringComparison.Ordinal) < written.IndexOf("## English", StringComparison.Ordinal), "Japanese comes first");
            Assert.Equal(2, (await Toolbox.RunAsync("docs", "other")).ExitCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // a code as the product writes one: a capital letter and three digits in quotes
    [GeneratedRegex("\"([A-Z][0-9]{3})\"")]
    private static partial Regex CodeLiteral();
}
