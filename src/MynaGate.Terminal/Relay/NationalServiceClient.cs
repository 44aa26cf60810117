using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Terminal.Relay;

/// <summary>
/// The terminal's <see cref="INationalService"/> for MynaGate's national-service emulator: HTTPS with mutual TLS with the terminal's certificate, the service's
/// certificate pinned, a deadline per call. Failures come back as <see cref="NationalServiceException"/> with a code.
/// </summary>
public sealed class NationalServiceClient : INationalService
{
    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;

    public NationalServiceClient(Uri baseAddress, X509Certificate2 terminalIdentity, CertificatePin servicePin, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        handler.SslOptions.ClientCertificates = [terminalIdentity];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is X509Certificate2 presented && servicePin.Matches(presented);
        // an answer larger than any real one is refused rather than buffered
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = LinkLimits.MaxMessageBytes };
        _timeout = timeout;
    }

    public async Task<QualificationResponse> QualifyAsync(QualificationRequest request, CancellationToken cancellationToken)
    {
        var answer = await PostAsync<QualificationResponse>(OnshiRoutes.Qualifications, request, cancellationToken).ConfigureAwait(false);
        return answer.IsComplete() ? answer : throw Incomplete();
    }

    public async Task<ConsentResponse> RecordConsentsAsync(string referenceNumber, ConsentRequest request, CancellationToken cancellationToken)
    {
        var answer = await PostAsync<ConsentResponse>(OnshiRoutes.Consents(referenceNumber), request, cancellationToken).ConfigureAwait(false);
        return answer.IsComplete() ? answer : throw Incomplete();
    }

    private static NationalServiceException Incomplete() =>
        new(LinkErrorCodes.NationalServiceRejected, "The national service answered with an empty entry in a list or a text no result file can hold.");

    public async Task RegisterDeviceAsync(X509Certificate2 device, CancellationToken cancellationToken)
    {
        await SendAsync((http, ct) => http.PostAsJsonAsync(OnshiRoutes.Devices, new DeviceRegistration(device.RawData), LinkJson.Options, ct),
            NoBody, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the service answers its health route over the pinned mutual TLS (the support toolbox's check).</summary>
    public async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        await SendAsync((http, ct) => http.GetAsync(OnshiRoutes.Health, ct), NoBody, cancellationToken).ConfigureAwait(false);
    }

    private Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        SendAsync((http, ct) => http.PostAsJsonAsync(path, body, LinkJson.Options, ct), ReadJsonAsync<T>, cancellationToken);

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode == HttpStatusCode.NoContent
            ? default!
            : await response.Content.ReadFromJsonAsync<T>(LinkJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new NationalServiceException(LinkErrorCodes.NationalServiceRejected, "The national service answered with an empty body.");

    private static Task<bool> NoBody(HttpResponseMessage response, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>One call within the deadline: the service's refusals and the transport's failures become <see cref="NationalServiceException"/>.</summary>
    private async Task<T> SendAsync<T>(Func<HttpClient, CancellationToken, Task<HttpResponseMessage>> send,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await send(_http, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                var error = await response.Content.ReadFromJsonAsync<OnshiError>(LinkJson.Options, deadline.Token).ConfigureAwait(false);
                // the service's own codes are Q and three digits; anything else is passed on as a plain refusal
                bool known = error?.Code is { } code && code.StartsWith('Q') && LinkErrorCodes.IsWellFormed(code);
                throw known
                    ? new NationalServiceException(error!.Code, error.Message ?? "Refused.")
                    : new NationalServiceException(LinkErrorCodes.NationalServiceRejected, "The national service refused the request with a code it does not use.");
            }
            if (!response.IsSuccessStatusCode)
                throw new NationalServiceException(LinkErrorCodes.NationalServiceRejected, $"The national service answered HTTP {(int)response.StatusCode}.",
                    serviceFault: (int)response.StatusCode >= 500);
            return await read(response, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NationalServiceException(LinkErrorCodes.NationalServiceTimeout, $"The national service did not answer within {_timeout.TotalSeconds:0.#} s.", e, serviceFault: true);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new NationalServiceException(LinkErrorCodes.NationalServiceRejected, "The national service answered something that is not its message.", e);
        }
        catch (HttpRequestException e) when (e.InnerException is AuthenticationException)
        {
            throw new NationalServiceException(LinkErrorCodes.NationalServiceUnavailable, "The national service presented a certificate other than the pinned one.", e, serviceFault: true);
        }
        catch (HttpRequestException e)
        {
            string why = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } ? "refused the connection" : "could not be reached";
            throw new NationalServiceException(LinkErrorCodes.NationalServiceUnavailable, $"The national service {why}.", e, serviceFault: true);
        }
    }

    public void Dispose() => _http.Dispose();
}
