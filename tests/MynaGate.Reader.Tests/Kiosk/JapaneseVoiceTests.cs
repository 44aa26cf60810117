using System.Buffers.Binary;
using System.Net;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Tests.Flow;

namespace MynaGate.Reader.Tests.Kiosk;

/// <summary>
/// The reader's own Japanese voice: Open JTalk (Debian's, installed by setup) with the HTS voice scripts/voice.sh
/// fetched into the state folder renders what a screen says, kanji included, to WAV; the page asks the reader for it
/// only in Japanese and only where the reader has the voice.
/// </summary>
public sealed class JapaneseVoiceTests
{
    private static string VoiceFile => Path.Combine(Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state",
        "voice", "nitech_jp_atr503_m001.htsvoice");

    private static JapaneseVoice Voice => new(JapaneseVoice.DefaultProgram, JapaneseVoice.DefaultDictionary, VoiceFile);

    [Fact]
    public async Task A_sentence_with_kanji_becomes_a_wav_whose_length_follows_the_text()
    {
        Assert.Null(Voice.Problem());

        byte[] shortSound = await Voice.RenderAsync("カードを置いてください。", CancellationToken.None);
        byte[] longSound = await Voice.RenderAsync("カードを置いてください。顔認証と暗証番号のどちらかを選んでください。\n同意する項目を選んでください。", CancellationToken.None);

        Assert.Equal("RIFF"u8.ToArray(), shortSound[..4]);
        Assert.Equal("WAVE"u8.ToArray(), shortSound[8..12]);
        int rate = BinaryPrimitives.ReadInt32LittleEndian(shortSound.AsSpan(24, 4));
        // at least a second of 16-bit mono speech for six characters, and the longer text takes longer
        Assert.True(shortSound.Length - 44 > rate * 2, $"{shortSound.Length} bytes at {rate} Hz");
        Assert.True(longSound.Length > 3 * shortSound.Length, $"{longSound.Length} against {shortSound.Length} bytes");
    }

    [Fact]
    public async Task Empty_or_over_long_text_is_refused_and_a_missing_voice_is_named()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Voice.RenderAsync(" \n ", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Voice.RenderAsync(new string('あ', JapaneseVoice.MaxCharacters + 1), CancellationToken.None));
        var missing = new JapaneseVoice(JapaneseVoice.DefaultProgram, JapaneseVoice.DefaultDictionary, VoiceFile + ".missing");
        Assert.Contains(".missing is missing", missing.Problem(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => missing.RenderAsync("カード", CancellationToken.None));
    }

    [Theory]
    [InlineData("ja", true, "reader")]
    [InlineData("en", true, "browser")]
    [InlineData("ja", false, "browser")]
    public async Task The_page_asks_the_reader_to_speak_only_japanese_and_only_where_it_has_the_voice(string language, bool readerVoice, string expected)
    {
        string html = await new KioskRenderer().ScreenAsync(FlowScreen.For(FlowState.Idle), new KioskText(language), new KioskOptions { ReaderSpeaksJapanese = readerVoice });

        Assert.Contains($"data-speech=\"{expected}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kiosk_speaks_its_own_pages_text_and_refuses_other_origins_and_readers_without_the_voice()
    {
        await using var harness = new FlowHarness(new FlowCards());
        await using var speaking = await KioskServer.StartAsync(0, harness.Flow, new KioskOptions(), voice: Voice);
        await using var silent = await KioskServer.StartAsync(0, harness.Flow, new KioskOptions());
        using var http = new HttpClient();

        using var own = await PostAsync(http, speaking.Address, speaking.Address, "カードを置いてください。");
        using var foreign = await PostAsync(http, speaking.Address, new Uri("http://127.0.0.1:9/"), "カードを置いてください。");
        // too many characters, and more bytes than that many characters can take in UTF-8
        using var tooLong = await PostAsync(http, speaking.Address, speaking.Address, new string('a', JapaneseVoice.MaxCharacters + 1));
        using var tooBig = await PostAsync(http, speaking.Address, speaking.Address, new string('あ', JapaneseVoice.MaxCharacters + 1));
        using var none = await PostAsync(http, silent.Address, silent.Address, "カードを置いてください。");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("audio/wav", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RIFF"u8.ToArray(), (await own.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.True(speaking.Options.ReaderSpeaksJapanese);
        Assert.False(silent.Options.ReaderSpeaksJapanese);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri kiosk, Uri origin, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(kiosk, "/speech")) { Content = new StringContent(text) };
        request.Headers.Add("Origin", origin.GetLeftPart(UriPartial.Authority));
        return await http.SendAsync(request);
    }
}
