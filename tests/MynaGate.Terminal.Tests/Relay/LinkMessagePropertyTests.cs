using CsCheck;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Terminal.Tests.Relay;

/// <summary>
/// Whatever a paired reader puts in any field of any message — random text, extreme numbers, dates at the ends of the
/// calendar, oversized byte fields, nulls the contract's types do not allow, undefined enum values — the real relay
/// answers it (served or refused with a code) without throwing, holds no session for it past a refusal, and serves the
/// next valid request. CsCheck prints the seed of any failure.
/// </summary>
public sealed class LinkMessagePropertyTests : IAsyncLifetime
{
    private RelayUnderTest _terminal = null!;

    public async Task InitializeAsync()
    {
        // a closed port: a message that passes every check reaches a national service that does not answer
        using var nobody = DeviceIdentity.Create("nobody");
        _terminal = await RelayUnderTest.StartAsync(new Uri("https://127.0.0.1:1/"), CertificatePin.Of(nobody));
    }

    public async Task DisposeAsync() => await _terminal.DisposeAsync();

    private static readonly Gen<string?> Text = Gen.OneOf(
        Gen.OneOf("s1", "R01", "", "E101", "kodomo", new string('9', 5000), "\u5171\f\u0000"), Gen.String[0, 80]).Null(0.15);

    private static readonly Gen<long> Extreme = Gen.OneOf(Gen.Long, Gen.OneOf(long.MinValue, long.MaxValue, -1L, 0L, 86_400_001L, int.MaxValue + 1L));

    private static readonly Gen<DateTimeOffset> Time = Gen.OneOf(Gen.DateTimeOffset,
        Gen.OneOf(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow));

    private static readonly Gen<byte[]?> Bytes = Gen.OneOf(Gen.Byte.Array[0, 300], Gen.Int[0, 70_000].Select(n => new byte[n])).Null(0.3);

    private static Gen<T> Enum<T>() where T : struct, System.Enum =>
        Gen.OneOf(Gen.Enum<T>(), Gen.Int.Select(i => (T)(object)i));

    private static readonly Gen<IdentityBinding?> Binding = Gen.Select(Text, Text.List[0, 200].Null(0.3))
        .Select((person, name) => new IdentityBinding(person!, (IReadOnlyList<string>?)name!))
        .Null(0.3);

    private static readonly Gen<AuthenticationAssertion?> Assertion = Gen.Select(Text, Text, Enum<AuthenticationMethod>(), Text, Bytes, Time, Binding)
        .Select((reader, session, method, hash, challenge, issued, binding) => new AuthenticationAssertion(reader!, session!, method, hash!, challenge!, issued) { IdentityBinding = binding })
        .Null(0.3);

    private static readonly Gen<IReadOnlyList<ConsentAnswer>?> Consents = Gen.Select(Enum<ConsentItem>(), Gen.Bool, Time)
        .Select((item, agreed, at) => new ConsentAnswer(item, agreed, at)).Null(0.1).List[0, 40]
        .Select(list => (IReadOnlyList<ConsentAnswer>)list!).Null(0.3);

    private static readonly Gen<PaperCertificate?> Paper = Gen.Select(Text, Gen.Select(Text, Text, Gen.Float, Gen.Bool)
            .Select((name, value, confidence, confirmed) => new PaperCertificateField(name!, value!, confidence, confirmed)).Null(0.1).List[0, 70],
            Text.List[0, 70])
        .Select((code, fields, missing) => new PaperCertificate(code!, fields!, missing!))
        .Null(0.5);

    private static readonly Gen<LinkRequest> Request = Gen.Select(
            Gen.Select(Text, Text, Enum<LinkRequestKind>(), Extreme.Select(v => (int)v).Nullable(0.3), Extreme.Nullable(0.3), Text,
                Enum<AuthenticationMethod>().Nullable(0.5), Enum<PrescriptionIssue>().Nullable(0.5)),
            Gen.Select(Bytes, Bytes, Bytes, Assertion, Consents, Paper, Gen.Bool))
        .Select((head, body) => new LinkRequest(head.Item1!, head.Item2!, head.Item3)
        {
            WaitMs = head.Item4, DurationMs = head.Item5, ErrorCode = head.Item6, Method = head.Item7, Prescription = head.Item8,
            Certificate = body.Item1, CardSignature = body.Item2, AssertionSignature = body.Item3, Assertion = body.Item4,
            Consents = body.Item5, PaperCertificate = body.Item6, CertificateFollows = body.Item7,
        });

    [Fact]
    public async Task Any_value_in_any_field_of_any_message_is_answered_and_the_next_valid_request_is_served()
    {
        int served = 0;
        await Request.SampleAsync(async request =>
        {
            // half the time the session has a challenge first, so a message can get past the first checks
            if (LinkRequestShape.IsId(request.SessionId) && (request.MessageId?.Length ?? 0) % 2 == 0)
                await _terminal.Relay.HandleAsync(_terminal.Reader, new LinkRequest("c1", request.SessionId, LinkRequestKind.Challenge), CancellationToken.None);

            var reply = await _terminal.Relay.HandleAsync(_terminal.Reader, request, CancellationToken.None);
            Assert.NotNull(reply);
            if (!LinkRequestShape.IsWellFormed(request)) Assert.Equal(LinkErrorCodes.MalformedMessage, reply.Error?.Code);

            var next = await _terminal.Relay.HandleAsync(_terminal.Reader, new LinkRequest("m-next", "s-next", LinkRequestKind.Challenge), CancellationToken.None);
            Assert.Null(next.Error);
            Assert.NotNull(next.Challenge);
            await _terminal.Relay.HandleAsync(_terminal.Reader, new LinkRequest("m-end", "s-next", LinkRequestKind.Abandon), CancellationToken.None);
            Interlocked.Increment(ref served);
        }, iter: 400, threads: 1);
        Assert.Equal(400, served);
    }

    public static TheoryData<LinkRequest> Extremes => new()
    {
        new LinkRequest("m1", "s1", LinkRequestKind.Report) { DurationMs = long.MaxValue },
        new LinkRequest("m2", "s1", LinkRequestKind.Report) { DurationMs = -1 },
        new LinkRequest("m3", "s1", LinkRequestKind.Complete) { Consents = [new ConsentAnswer(ConsentItem.PharmacyInformation, true, DateTimeOffset.MaxValue)] },
        new LinkRequest("m4", "s1", LinkRequestKind.Qualify) { Certificate = new byte[70_000] },
        new LinkRequest("m5", "s1", LinkRequestKind.Qualify)
        {
            Assertion = new AuthenticationAssertion("R01", "s1", AuthenticationMethod.Pin, new string('A', 64), new byte[32], DateTimeOffset.MinValue),
        },
        new LinkRequest("m6", "s1", LinkRequestKind.Certificate) { PaperCertificate = new PaperCertificate("kodomo", [null!], []) },
        new LinkRequest("m7", "s1", LinkRequestKind.Certificate)
        {
            PaperCertificate = new PaperCertificate("kodomo", [new PaperCertificateField("Number", "1", float.NaN, true)], []),
        },
        new LinkRequest("m8", "s1", LinkRequestKind.Certificate) { PaperCertificate = new PaperCertificate("kodomo", null!, null!) },
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public async Task A_value_beyond_what_a_reader_sends_is_refused_with_T206(LinkRequest request)
    {
        var reply = await _terminal.Relay.HandleAsync(_terminal.Reader, request, CancellationToken.None);
        Assert.Equal(LinkErrorCodes.MalformedMessage, reply.Error?.Code);
    }
}
