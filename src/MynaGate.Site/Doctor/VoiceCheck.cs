using System.Diagnostics;
using MynaGate.Reader.Host;

namespace MynaGate.Site.Doctor;

/// <summary>The reader's Japanese voice, where its configuration names one: Open JTalk speaks a kiosk phrase.</summary>
public static class VoiceCheck
{
    public static async Task<DoctorFinding> RunAsync(string voiceFile)
    {
        var voice = ReaderHostedService.JapaneseVoiceOf(voiceFile);
        if (voice.Problem() is { } missing)
            return DoctorFinding.Failed("voice", missing, "install open-jtalk and open-jtalk-mecab-naist-jdic, and the voice file the package ships (/opt/mynagate/models/voice)");
        try
        {
            var time = Stopwatch.StartNew();
            byte[] sound = await voice.RenderAsync("カードを置いてください。", CancellationToken.None).ConfigureAwait(false);
            return DoctorFinding.Ok("voice", $"Open JTalk speaks Japanese with {Path.GetFileName(voiceFile)}: a kiosk phrase is {sound.Length / 1024} KiB of WAV in {time.ElapsedMilliseconds} ms");
        }
        catch (InvalidOperationException e)
        {
            return DoctorFinding.Failed("voice", e.Message, "check the open-jtalk package and the voice file; meanwhile the kiosk speaks through the browser");
        }
    }
}
