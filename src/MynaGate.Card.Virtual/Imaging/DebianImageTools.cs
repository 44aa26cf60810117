using System.Diagnostics;
using System.Text;

namespace MynaGate.Card.Virtual.Imaging;

/// <summary>
/// Card images made with Debian's command-line tools (libjpeg-turbo-progs djpeg, libopenjp2-tools opj_compress,
/// netpbm), so the virtual card carries real JPEG 2000 and PNG files before the vision library exists. Used only when
/// a card is issued, never per APDU. Work files go to a private temporary folder that is deleted afterwards.
/// </summary>
public static class DebianImageTools
{
    /// <summary>
    /// The chip photo from a JPEG or PNG file (the face datasets hold both): a greyscale JP2 scaled to fit
    /// <paramref name="maxWidth"/>×<paramref name="maxHeight"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The file is neither a JPEG nor a PNG.</exception>
    public static byte[] Jpeg2000FromPhotoFile(string photoPath, int maxWidth = 240, int maxHeight = 320)
    {
        if (!File.Exists(photoPath)) throw new FileNotFoundException("Photo source not found.", photoPath);
        using var work = new WorkFolder();
        byte[] pgm = Format(photoPath) switch
        {
            PhotoFormat.Jpeg => Run("djpeg", ["-grayscale", "-pnm", photoPath], null),
            PhotoFormat.Png => Run("ppmtopgm", [], Run("pngtopnm", [photoPath], null)),
            _ => throw new ArgumentException("A chip photo is made from a JPEG or PNG file.", nameof(photoPath)),
        };
        var image = GreyImage.ParsePgm(pgm).FitWithin(maxWidth, maxHeight);
        return Jpeg2000FromGrey(image, work);
    }

    private enum PhotoFormat { Other, Jpeg, Png }

    // by the file's first bytes, not its name
    private static PhotoFormat Format(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        int read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= 2 && head[0] == 0xFF && head[1] == 0xD8) return PhotoFormat.Jpeg;
        if (read == 4 && head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G') return PhotoFormat.Png;
        return PhotoFormat.Other;
    }

    /// <summary>A generated greyscale portrait-like image as JP2, for personas without a dataset photo.</summary>
    public static byte[] SyntheticJpeg2000(int seed, int width = 120, int height = 160)
    {
        using var work = new WorkFolder();
        return Jpeg2000FromGrey(GreyImage.SyntheticPortrait(seed, width, height), work);
    }

    /// <summary>ASCII text (the security-code digits) rendered by pbmtext as a 1-bit PNG.</summary>
    public static byte[] TextPng(string asciiText)
    {
        if (asciiText.Any(c => c > 0x7E)) throw new ArgumentException("pbmtext renders ASCII only.", nameof(asciiText));
        byte[] pbm = Run("pbmtext", [asciiText], null);
        return Run("pnmtopng", [], pbm);
    }

    /// <summary>A white 1-bit PNG of the given size: a stand-in for the name and address images until the card-face renderer exists.</summary>
    public static byte[] BlankPng(int width, int height)
    {
        int rowBytes = (width + 7) / 8;
        byte[] header = Encoding.ASCII.GetBytes($"P4\n{width} {height}\n");
        byte[] pbm = new byte[header.Length + rowBytes * height];
        header.CopyTo(pbm, 0);
        return Run("pnmtopng", [], pbm);
    }

    private static byte[] Jpeg2000FromGrey(GreyImage image, WorkFolder work)
    {
        string input = Path.Combine(work.Path, "photo.pgm");
        string output = Path.Combine(work.Path, "photo.jp2");
        File.WriteAllBytes(input, image.ToPgm());
        // -r 20: 20:1, close to what a chip photo of a few kilobytes needs
        Run("opj_compress", ["-i", input, "-o", output, "-r", "20"], null);
        return File.ReadAllBytes(output);
    }

    private static byte[] Run(string tool, string[] arguments, byte[]? stdin)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed; run ./mynagate setup.", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            // write stdin while reading stdout, or a large image deadlocks both pipes
            var writing = stdin is null ? Task.CompletedTask : WriteAndCloseAsync(process.StandardInput, stdin);
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            writing.GetAwaiter().GetResult();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
            return output.ToArray();
        }
    }

    private static async Task WriteAndCloseAsync(StreamWriter input, byte[] data)
    {
        await input.BaseStream.WriteAsync(data).ConfigureAwait(false);
        input.Close();
    }

    private sealed class WorkFolder : IDisposable
    {
        public WorkFolder() => Path = Directory.CreateTempSubdirectory("mynagate-img-").FullName;

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
