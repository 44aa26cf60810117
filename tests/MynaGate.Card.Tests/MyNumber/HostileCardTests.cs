using MynaGate.Card.MyNumber;
using MynaGate.Card.Secrets;
using MynaGate.Card.Virtual.Engine;

namespace MynaGate.Card.Tests.MyNumber;

/// <summary>Broken or hostile answers end in clear errors, never in an index exception or a partial result.</summary>
public sealed class HostileCardTests(TestCards cards) : IClassFixture<TestCards>
{
    private MyNumberCard Open(int seed, ushort file, Func<int, byte[], byte[]> rewrite, out VirtualMyNumberCard inner)
    {
        inner = cards.Issue(seed);
        return MyNumberCard.Open(new VirtualCardTransport(new TamperingCard(inner, file, rewrite)));
    }

    [Fact]
    public void TruncatedCertificate_ends_in_protocol_error()
    {
        var card = Open(201, JpkiApplication.AuthenticationCertificateFile,
            (offset, response) => offset == 0 ? response : [0x6B, 0x00], out _);
        var e = Assert.Throws<CardProtocolException>(() => card.Jpki.ReadAuthenticationCertificate());
        Assert.Contains("user-auth certificate", e.Message);
    }

    [Fact]
    public void CertificateWithGarbageBody_ends_in_protocol_error()
    {
        var card = Open(202, JpkiApplication.AuthenticationCertificateFile, (offset, response) =>
        {
            if (offset == 0) response.AsSpan(4, 20).Fill(0xEE);
            return response;
        }, out _);
        var e = Assert.Throws<CardProtocolException>(() => card.Jpki.ReadAuthenticationCertificate());
        Assert.Contains("not a DER certificate", e.Message);
    }

    [Fact]
    public void CardFaceWithWrongOuterTag_ends_in_protocol_error()
    {
        var card = Open(203, CardFaceApplication.CardFaceFile, (offset, response) =>
        {
            if (offset == 0) response[1] = 0x21;
            return response;
        }, out var inner);
        using (var code = CardSecret.Digits(inner.Image.Persona.VerificationCodeB, 14)) card.CardFace.VerifyCodeB(code);
        var e = Assert.Throws<CardProtocolException>(card.CardFace.ReadCardFace);
        Assert.Contains("FF20", e.Message);
    }

    [Fact]
    public void CardFaceWithInnerLengthPastTheEnd_ends_in_protocol_error()
    {
        // the first inner element is DF21 right after the FF20 header: give it a length far beyond the record
        var card = Open(204, CardFaceApplication.CardFaceFile, (offset, response) =>
        {
            if (offset == 0)
            {
                int header = response[2] == 0x82 ? 5 : response[2] == 0x81 ? 4 : 3;
                response[header + 2] = 0x7F;
            }
            return response;
        }, out var inner);
        using (var code = CardSecret.Digits(inner.Image.Persona.VerificationCodeB, 14)) card.CardFace.VerifyCodeB(code);
        Assert.Throws<CardProtocolException>(card.CardFace.ReadCardFace);
    }

    [Fact]
    public void ResponseWithoutStatusWord_ends_in_protocol_error()
    {
        var card = Open(205, JpkiApplication.CertificateAvailabilityFile, (_, _) => [0x8F], out _);
        Assert.Throws<CardProtocolException>(() => card.Jpki.ReadCertificateAvailability());
    }

    [Fact]
    public void ShortCertificateAvailability_ends_in_protocol_error()
    {
        var card = Open(206, JpkiApplication.CertificateAvailabilityFile, (_, _) => [0x8F, 0x62, 0x82], out _);
        Assert.Throws<CardProtocolException>(() => card.Jpki.ReadCertificateAvailability());
    }
}
