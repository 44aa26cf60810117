using System.Globalization;

namespace MynaGate.Eval;

/// <summary>One MFR2 image: identity, path and mask type ("no-mask" or the kind of mask).</summary>
internal sealed record Mfr2Image(string Identity, string Path, string MaskType)
{
    public bool Masked => MaskType != "no-mask";
}

/// <summary>An MFR2-layout folder: NAME/NAME_0001.png and mfr2_labels.txt ("NAME, i, masktype").</summary>
internal static class Mfr2Dataset
{
    public static IReadOnlyList<Mfr2Image> Load(string directory)
    {
        string labels = System.IO.Path.Combine(directory, "mfr2_labels.txt");
        if (!File.Exists(labels))
        {
            throw new ArgumentException($"{directory} is not an MFR2-layout folder (no mfr2_labels.txt)");
        }

        var images = new List<Mfr2Image>();
        foreach (string line in File.ReadLines(labels))
        {
            string[] parts = line.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                continue;
            }

            string path = System.IO.Path.Combine(directory, parts[0], $"{parts[0]}_{index:D4}.png");
            if (File.Exists(path))
            {
                images.Add(new Mfr2Image(parts[0], path, parts[2]));
            }
        }

        return images.Count > 0 ? images : throw new ArgumentException($"no labelled images found in {directory}");
    }
}
