using System.Diagnostics;

namespace MynaGate.Reader.Kiosk;

/// <summary>
/// Spoken Japanese for the kiosk where the browser has no Japanese voice (Debian's speech-dispatcher voices cannot
/// read kanji): Open JTalk, Debian's Japanese text-to-speech program, with its NAIST dictionary and an HTS voice
/// file, renders a screen's text to WAV for the page to play. The text goes in on standard input and the sound comes
/// back on standard output: nothing a screen says is written to disk.
/// </summary>
public sealed class JapaneseVoice(string program, string dictionary, string voiceFile)
{
    public const string DefaultProgram = "/usr/bin/open_jtalk";
    public const string DefaultDictionary = "/var/lib/mecab/dic/open-jtalk/naist-jdic";

    /// <summary>A screen read whole is a few hundred characters; longer text is refused.</summary>
    public const int MaxCharacters = 2000;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public string VoiceFile => voiceFile;

    /// <summary>What is missing for the voice to work (the program, the dictionary or the voice file), or null.</summary>
    public string? Problem() =>
        !File.Exists(program) ? $"{program} is missing (Debian package open-jtalk)"
        : !Directory.Exists(dictionary) ? $"{dictionary} is missing (Debian package open-jtalk-mecab-naist-jdic)"
        : !File.Exists(voiceFile) ? $"the voice file {voiceFile} is missing"
        : null;

    /// <summary>The text as 16-bit mono WAV; <see cref="ArgumentException"/> for empty or over-long text,
    /// <see cref="InvalidOperationException"/> when Open JTalk fails or overruns its deadline.</summary>
    public async Task<byte[]> RenderAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        // line breaks would make Open JTalk speak each line as an utterance of its own; control characters mean nothing
        string spoken = new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        if (string.IsNullOrWhiteSpace(spoken) || spoken.Length > MaxCharacters)
            throw new ArgumentException($"the text to speak must have 1–{MaxCharacters} characters", nameof(text));

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (string argument in new[] { "-x", dictionary, "-m", voiceFile, "-ow", "/dev/stdout" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            using var sound = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(sound, deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await process.StandardInput.WriteLineAsync(spoken.AsMemory(), deadline.Token).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Open JTalk ended before reading the text (a bad voice or dictionary): its exit code says it failed
            }
            await reading.ConfigureAwait(false);
            await errors.ConfigureAwait(false);
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
            if (process.ExitCode != 0 || sound.Length <= 44)
                throw new InvalidOperationException($"{program} failed (exit {process.ExitCode})");
            return sound.ToArray();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"{program} overran its {Deadline.TotalSeconds:0} s");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
