using System.Text.RegularExpressions;
using MynaGate.Link.Errors;

namespace MynaGate.Cli.Tests.Docs;

/// <summary>The staff manual's pictures are the ones its refresh command copies, and the codes it names exist.</summary>
public sealed partial class StaffManualTests
{
    private static string Checkout => Toolbox.Checkout;
    private static string Manual => File.ReadAllText(Path.Combine(Checkout, "docs", "staff-manual.md"));

    [Fact]
    public void Every_picture_of_the_manual_is_a_refreshed_screenshot_and_every_refreshed_screenshot_is_shown()
    {
        var shown = Picture().Matches(Manual).Select(m => m.Groups[1].Value).ToList();
        var refreshed = File.ReadAllLines(Path.Combine(Checkout, "docs", "staff-manual", "screens.txt")).Where(l => l.Length > 0).ToList();
        Assert.True(shown.Count >= 10, $"the manual shows only {shown.Count} pictures");
        Assert.Equal(refreshed.Order(StringComparer.Ordinal), shown.Distinct().Order(StringComparer.Ordinal));
        foreach (string name in refreshed)
        {
            byte[] png = File.ReadAllBytes(Path.Combine(Checkout, "docs", "staff-manual", name));
            Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{name} is not a PNG");
        }
    }

    [Fact]
    public void Every_code_the_manual_names_is_in_the_catalogue()
    {
        var named = Code().Matches(Manual).Select(m => m.Value).Distinct().ToList();
        Assert.True(named.Count >= 10, $"the manual names only {named.Count} codes");
        Assert.All(named, code => Assert.NotNull(ErrorCatalogue.Find(code)));
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(staff-manual/([^)]+\.png)\)")]
    private static partial Regex Picture();

    [GeneratedRegex(@"\b[ETQLP][1-6][0-9]{2}\b")]
    private static partial Regex Code();
}
