namespace MynaGate.Cli.Docs;

/// <summary>A hand-written document's generated part: the text between two marker lines, replaced whole.</summary>
internal static class GeneratedRegion
{
    /// <summary>The document with the text between <paramref name="begin"/> and <paramref name="end"/> replaced by <paramref name="region"/>; null when the markers are missing.</summary>
    public static string? Replace(string document, string begin, string end, Func<string> region)
    {
        ArgumentNullException.ThrowIfNull(document);
        int from = document.IndexOf(begin, StringComparison.Ordinal);
        int to = document.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from) return null;
        return string.Concat(document.AsSpan(0, from + begin.Length), "\n\n", region(), document.AsSpan(to));
    }
}
