using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Terminal.Relay;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// A national service that answers badly — 500, garbage, an empty body, nulls, a code it does not use, far too much, too
/// late — gives the session a T-code, never an exception of another kind that would stop the reader's link.
/// </summary>
public sealed class NationalServiceMisbehaviourTests : IAsyncLifetime
{
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _terminal = DeviceIdentity.Create("terminal");
    private readonly List<IAsyncDisposable> _owned = [];
    private Func<HttpContext, Task> _answer = _ => Task.CompletedTask;

    private FakeNationalService Service => (FakeNationalService)_owned[0];

    public async Task InitializeAsync() => _owned.Add(await FakeNationalService.StartAsync(app => app.Run(http => _answer(http))));

    public static TheoryData<string, string> Answers => new()
    {
        { "500", LinkErrorCodes.NationalServiceRejected },
        { "garbage", LinkErrorCodes.NationalServiceRejected },
        { "null", LinkErrorCodes.NationalServiceRejected },
        { "unknown-code", LinkErrorCodes.NationalServiceRejected },
        { "null-field", LinkErrorCodes.NationalServiceRejected },
        { "null-entry", LinkErrorCodes.NationalServiceRejected },
        { "huge", LinkErrorCodes.NationalServiceUnavailable },
        { "slow", LinkErrorCodes.NationalServiceTimeout },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_bad_answer_becomes_a_T_code(string answer, string code)
    {
        _answer = answer switch
        {
            "500" => http => Respond(http, 500, "oops"),
            "garbage" => http => Respond(http, 200, "{\"referenceNumber\": [1, 2"),
            "null" => http => Respond(http, 200, "null"),
            "unknown-code" => http => Respond(http, 422, "{\"code\":\"<img src=x>\",\"message\":\"x\"}"),
            "null-field" => http => Respond(http, 200, "{\"referenceNumber\":null,\"consents\":[]}"),
            "null-entry" => http => Respond(http, 200, "{\"referenceNumber\":\"1\",\"consents\":[null]}"),
            "huge" => http => Respond(http, 200, "[" + string.Join(',', Enumerable.Repeat("1", LinkLimits.MaxMessageBytes)) + "]"),
            _ => async http =>
            {
                await Task.Delay(TimeSpan.FromSeconds(60), http.RequestAborted).ConfigureAwait(false);
                await Respond(http, 200, "{}").ConfigureAwait(false);
            },
        };
        // only the slow answer may run into the deadline: a loaded machine's first TLS handshake once took the 1 s a
        // bad answer had, and a null entry was reported as a timeout
        var deadline = answer == "slow" ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30);
        using var client = new NationalServiceClient(Service.Address, _terminal, Service.Pin, deadline);

        var e = await Assert.ThrowsAsync<NationalServiceException>(() => client.RecordConsentsAsync("0123456789", new ConsentRequest([]), CancellationToken.None));

        Assert.Equal(code, e.Code);
    }

    private static Task Respond(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body);
    }

    public async Task DisposeAsync()
    {
        foreach (var owned in _owned) await owned.DisposeAsync();
        _terminal.Dispose();
    }
}
