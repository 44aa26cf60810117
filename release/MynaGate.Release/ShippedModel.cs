namespace MynaGate.Release;

/// <summary>One line of deploy/release/models.tsv: a model file a release ships, for which programs, under which licence.</summary>
internal sealed record ShippedModel(string Path, IReadOnlyList<string> Programs, string Licence, string LicenceFile, string Source)
{
    /// <summary>The lines of the manifest, comments and blank lines skipped; a malformed line is an error naming it.</summary>
    public static IReadOnlyList<ShippedModel> Parse(string manifestText)
    {
        var models = new List<ShippedModel>();
        int number = 0;
        foreach (string line in manifestText.Split('\n'))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length != 5 || fields.Any(f => f.Length == 0))
                throw new FormatException($"models manifest line {number}: want 5 tab-separated fields (path, programs, licence, licence file, source)");
            models.Add(new ShippedModel(fields[0], fields[1].Split(','), fields[2], fields[3], fields[4]));
        }
        return models;
    }
}
