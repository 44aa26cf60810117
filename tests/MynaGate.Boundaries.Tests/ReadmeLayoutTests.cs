using System.Text.RegularExpressions;

namespace MynaGate.Boundaries.Tests;

/// <summary>The README's layout names every project folder there is, and no folder that is gone.</summary>
public sealed partial class ReadmeLayoutTests
{
    [Fact]
    public void The_readmes_layout_names_every_source_project_and_only_projects_that_exist()
    {
        var named = NamedSourceFolders();
        var present = Directory.GetDirectories(Path.Combine(Checkout.Root, "src"))
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(Path.GetFileName).OfType<string>().ToHashSet();

        Assert.Empty(present.Except(named).Order());
        Assert.Empty(named.Except(present).Order());
    }

    // "src/MynaGate.Card/" and "src/MynaGate.{Reader,Terminal,Onshi}.Host/" at the start of a line of the layout block
    private static HashSet<string> NamedSourceFolders()
    {
        string readme = File.ReadAllText(Path.Combine(Checkout.Root, "README.md"));
        string layout = readme[readme.IndexOf("## Layout", StringComparison.Ordinal)..];
        layout = layout[..layout.IndexOf("```", layout.IndexOf("```", StringComparison.Ordinal) + 3, StringComparison.Ordinal)];
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SourceFolder().Matches(layout))
        {
            string prefix = m.Groups["prefix"].Value, suffix = m.Groups["suffix"].Value;
            if (m.Groups["choices"].Success)
                foreach (string choice in m.Groups["choices"].Value.Split(',')) folders.Add(prefix + choice + suffix);
            else folders.Add(prefix + suffix);
        }
        return folders;
    }

    [GeneratedRegex(@"^src/(?<prefix>[A-Za-z.]+?)(?:\{(?<choices>[A-Za-z,]+)\})?(?<suffix>[A-Za-z.]*)/", RegexOptions.Multiline)]
    private static partial Regex SourceFolder();
}
