using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;

namespace MynaGate.Terminal.Links;

/// <summary>
/// HTTPS to one reader with the terminal's client certificate. Before pairing any server certificate is accepted and
/// remembered (the pairing exchange binds it); afterwards only the pinned one.
/// </summary>
public sealed class ReaderConnection : IDisposable
{
    private readonly HttpClient _http;
    private X509Certificate2? _presented;

    public ReaderConnection(Uri address, X509Certificate2 terminalIdentity, CertificatePin? pinned)
    {
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) };
        handler.SslOptions.ClientCertificates = [terminalIdentity];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            if (certificate is not X509Certificate2 presented) return false;
            _presented = X509CertificateLoader.LoadCertificate(presented.RawData);
            return pinned is not { } pin || pin.Matches(presented);
        };
        // a reader's message larger than any real one is refused rather than buffered
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = LinkLimits.MaxMessageBytes };
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The certificate the reader presented on the last connection.</summary>
    public X509Certificate2? PresentedCertificate => _presented;

    /// <summary>Opens a pairing attempt; the reader's status code when it refused.</summary>
    public async Task<(PairingChallenge? Challenge, HttpStatusCode Status, TimeSpan? RetryAfter)> StartPairingAsync(PairingStart start, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(LinkRoutes.PairingStart, start, LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return (null, response.StatusCode, response.Headers.RetryAfter?.Delta);
        return (await response.Content.ReadFromJsonAsync<PairingChallenge>(LinkJson.Options, cancellationToken).ConfigureAwait(false), response.StatusCode, null);
    }

    /// <summary>Finishes the attempt; the reader's status code when it refused.</summary>
    public async Task<(PairingResponse? Response, HttpStatusCode Status)> FinishPairingAsync(PairingFinish finish, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(LinkRoutes.PairingFinish, finish, LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return (null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PairingResponse>(LinkJson.Options, cancellationToken).ConfigureAwait(false), response.StatusCode);
    }

    /// <summary>Asks the reader to forget this terminal; false when it did not (unreachable readers are forgotten here anyway).</summary>
    public async Task<bool> UnpairAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.DeleteAsync(LinkRoutes.Pairing, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Waits for the reader's next request; null when none came within the reader's poll wait.</summary>
    public async Task<LinkRequest?> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(LinkRoutes.Next, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<LinkRequest>(LinkJson.Options, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReplyAsync(LinkReply reply, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(LinkRoutes.Reply, reply, LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        // 404/409: the session ended on the reader meanwhile (card pulled, timeout); nothing is waiting for the reply
    }

    /// <summary>The reader's status once its version is above <paramref name="after"/>; null when nothing changed within the reader's poll wait.</summary>
    public async Task<ReaderStatus?> StatusAsync(long after, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(FormattableString.Invariant($"{LinkRoutes.Status}?after={after}"), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ReaderStatus>(LinkJson.Options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the staff's 目視確認 decision made on <paramref name="screen"/>; false when the reader no longer shows that screen.</summary>
    public async Task<bool> DecideAsync(bool approved, long screen, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(LinkRoutes.StaffDecision, new StaffDecisionRequest(approved, screen), LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict) return false;
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>Pushes the clinic's settings; the reader's problems with them when it refused them.</summary>
    public async Task<IReadOnlyList<string>> ApplySettingsAsync(ReaderSettings settings, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(LinkRoutes.Settings, settings, LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.BadRequest)
            return await response.Content.ReadFromJsonAsync<string[]>(LinkJson.Options, cancellationToken).ConfigureAwait(false) ?? ["The reader refused the settings."];
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        response.EnsureSuccessStatusCode();
        return [];
    }

    /// <summary>Tells the reader whether the national service is down (R43).</summary>
    public async Task NoticeNationalServiceAsync(NationalServiceNotice notice, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(LinkRoutes.NationalService, notice, LinkJson.Options, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Forbidden) throw new UnauthorizedAccessException("The reader refused this terminal.");
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _http.Dispose();
        _presented?.Dispose();
    }
}
