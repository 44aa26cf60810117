using System.Net;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.EndToEnd.Tests;

/// <summary>The national-service emulator, as a vendor's test kit meets it: a request larger than any real one is refused unread.</summary>
[Collection(ChainGroup.Name)]
public sealed class NationalServiceLimitTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{
    [Fact]
    public async Task A_request_body_over_the_message_limit_is_refused_with_413_and_the_service_keeps_answering()
    {
        // the registered terminal's own identity: the emulator refuses any other client at the TLS handshake
        using var terminal = DeviceIdentity.LoadOrCreate(Chain.Layout.TerminalIdentity, "MynaGate Terminal");
        using var service = DeviceIdentity.LoadOrCreate(Chain.Layout.OnshiIdentity, "MynaGate Onshi Emulator");
        var pin = CertificatePin.Of(service);
        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [terminal];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is System.Security.Cryptography.X509Certificates.X509Certificate2 certificate && pin.Matches(certificate);
        using var client = new HttpClient(handler) { BaseAddress = Chain.Onshi.BaseAddress };

        using var huge = new ByteArrayContent(new byte[LinkLimits.MaxMessageBytes + 1]);
        huge.Headers.ContentType = new("application/json");
        using var refused = await client.PostAsync(OnshiRoutes.Qualifications, huge);
        using var health = await client.GetAsync(OnshiRoutes.Health);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
