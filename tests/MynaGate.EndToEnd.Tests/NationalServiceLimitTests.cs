using System.Net;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Chain;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// The national-service emulator, as a vendor's test kit meets it: a request larger than any real one is refused
/// unread, and a service switched to failing ends sessions with the terminal's code until it is switched back.
/// </summary>
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
        // a client sending a large body waits for the server's go-ahead (Expect: 100-continue): the emulator refuses
        // on the declared length before the body is sent, so the 413 is read instead of racing a closed connection
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        handler.SslOptions.ClientCertificates = [terminal];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is System.Security.Cryptography.X509Certificates.X509Certificate2 certificate && pin.Matches(certificate);
        using var client = new HttpClient(handler) { BaseAddress = Chain.Onshi.BaseAddress };
        client.DefaultRequestHeaders.ExpectContinue = true;

        using var huge = new ByteArrayContent(new byte[LinkLimits.MaxMessageBytes + 1]);
        huge.Headers.ContentType = new("application/json");
        using var refused = await client.PostAsync(OnshiRoutes.Qualifications, huge);
        using var health = await client.GetAsync(OnshiRoutes.Health);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_national_service_answering_500_ends_the_session_with_T103_and_the_session_after_it_goes_through()
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(146, null);
        Chain.Onshi.Faults.FailWith = (int)HttpStatusCode.InternalServerError;
        SessionOutcome failed;
        try
        {
            failed = await RunPinSessionAsync(reader, card, 146, reachesConsents: false);
        }
        finally
        {
            Chain.Onshi.Faults.Clear();
        }
        var served = await RunPinSessionAsync(reader, card, 146, reachesConsents: true);

        Assert.Equal(LinkErrorCodes.NationalServiceRejected, failed.ErrorCode);
        Assert.Null(failed.ResultFile);
        Assert.True(failed.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
        Assert.Null(served.ErrorCode);
        Assert.NotNull(served.ResultFile);
    }

    private static async Task<SessionOutcome> RunPinSessionAsync(ChainReader reader, VirtualMyNumberCard card, int seed, bool reachesConsents)
    {
        await reader.InsertAsync(card, seed, Faces.Genuine);
        try
        {
            await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
            await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
            // the qualification comes before the consents: a failing service ends the session at the PIN
            if (reachesConsents) await Drive.AnswerConsentsAsync(reader, true, false, true, false);
            return await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await reader.RemoveAsync();
        }
    }
}
