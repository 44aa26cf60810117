using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace MynaGate.Bench.Soak;

/// <summary>
/// A patient's hands on a deployed reader's kiosk, over HTTP as its page does: reads the screen it serves, taps with
/// the screen's version (and the pad's nonce), and waits for the next screen on the kiosk's event stream.
/// </summary>
internal sealed partial class KioskDriver : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _events;

    public KioskDriver(Uri kiosk)
    {
        _http = new HttpClient { BaseAddress = kiosk, Timeout = TimeSpan.FromSeconds(30) };
        // the kiosk takes taps from its own page only
        _http.DefaultRequestHeaders.Add("Origin", kiosk.GetLeftPart(UriPartial.Authority));
        _events = FollowAsync(_stop.Token);
    }

    public async Task<KioskScreen> ReadAsync(CancellationToken ct)
    {
        string html = await _http.GetStringAsync(new Uri("screen", UriKind.Relative), ct).ConfigureAwait(false);
        return KioskScreen.Parse(html);
    }

    /// <summary>The next screen other than <paramref name="seen"/>'s version, or null when none came within <paramref name="timeout"/>.</summary>
    public async Task<KioskScreen?> NextAsync(KioskScreen? seen, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var screen = await ReadAsync(ct).ConfigureAwait(false);
            if (seen is null || screen.Version != seen.Version) return screen;
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _changed.WaitAsync(left, ct).ConfigureAwait(false)) return null;
        }
    }

    /// <summary>A tap on <paramref name="screen"/>; false when the reader refused it (a screen that had gone).</summary>
    public async Task<bool> TapAsync(KioskScreen screen, string kind, string? value, CancellationToken ct)
    {
        using var response = await _http.PostAsync(new Uri("input", UriKind.Relative),
            JsonContent.Create(new { kind, value, screen = screen.Version, pad = screen.Pad }), ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) Console.Error.WriteLine($"soak: {kind} on {screen.State} answered {(int)response.StatusCode}");
        return response.IsSuccessStatusCode;
    }

    // every screen change is one event; the count in the semaphore keeps those that came while nobody waited
    private async Task FollowAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var stream = await _http.GetStreamAsync(new Uri("events", UriKind.Relative), ct).ConfigureAwait(false);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
                    if (line.StartsWith("data:", StringComparison.Ordinal)) _changed.Release();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                // the stream broke (the reader was busy or restarted): whoever waits reads the screen again
                _changed.Release();
                await Task.Delay(200, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _events.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _http.Dispose();
        _stop.Dispose();
        _changed.Dispose();
    }
}

/// <summary>What the soak's patient reads off a kiosk screen's markup.</summary>
internal sealed partial record KioskScreen(string State, long Version, string? Pad, bool Warning, string? ErrorCode,
    IReadOnlyDictionary<char, string> Keys, int Digits, bool Individual, string? WarningText)
{
    public static KioskScreen Parse(string html)
    {
        var keys = KeyButton().Matches(html).ToDictionary(m => m.Groups[2].Value[0], m => m.Groups[1].Value);
        return new KioskScreen(
            StateAttribute().Match(html).Groups[1].Value,
            long.Parse(VersionAttribute().Match(html).Groups[1].Value, CultureInfo.InvariantCulture),
            PadAttribute().Match(html) is { Success: true, Groups: var g } && g[1].Length > 0 ? g[1].Value : null,
            html.Contains("class=\"warning\"", StringComparison.Ordinal),
            ErrorCodeShown().Match(html) is { Success: true } code ? code.Groups[1].Value : null,
            keys,
            FilledDot().Count(html),
            html.Contains("data-kind=\"individual\"", StringComparison.Ordinal),
            WarningShown().Match(html) is { Success: true } warning ? warning.Groups[1].Value : null);
    }

    [GeneratedRegex("data-state=\"([a-z]+)\"")]
    private static partial Regex StateAttribute();

    [GeneratedRegex("data-version=\"([0-9]+)\"")]
    private static partial Regex VersionAttribute();

    [GeneratedRegex("data-pad=\"([^\"]*)\"")]
    private static partial Regex PadAttribute();

    [GeneratedRegex("class=\"error-code\">([A-Z0-9]+)<")]
    private static partial Regex ErrorCodeShown();

    [GeneratedRegex("data-kind=\"key\" data-value=\"([0-9]+)\"[^>]*>([0-9])</button>")]
    private static partial Regex KeyButton();

    [GeneratedRegex("class=\"warning\"[^>]*>([^<]*)<")]
    private static partial Regex WarningShown();

    [GeneratedRegex("\"dot filled\"")]
    private static partial Regex FilledDot();
}
