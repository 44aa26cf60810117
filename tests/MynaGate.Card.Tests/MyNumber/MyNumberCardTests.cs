using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;
using MynaGate.Card.Virtual.Engine;

namespace MynaGate.Card.Tests.MyNumber;

/// <summary>The client against the in-process virtual card.</summary>
public sealed class MyNumberCardTests(TestCards cards) : IClassFixture<TestCards>
{
    private static string WrongPin(string pin) => pin == "0000" ? "1111" : "0000";

    [Fact]
    public void Open_probes_all_applications()
    {
        var card = MyNumberCard.Open(new VirtualCardTransport(cards.Issue(101)));
        Assert.NotNull(card.Text);
        Assert.NotNull(card.Common);
    }

    [Fact]
    public void Open_card_without_the_applications_is_not_a_my_number_card()
    {
        var transport = new Transport.ScriptedTransport("6A82", "6A82", "6A82", "6A82");
        Assert.Throws<NotMyNumberCardException>(() => MyNumberCard.Open(transport));
    }

    [Fact]
    public void Jpki_free_files_read_without_pin()
    {
        var virtualCard = cards.Issue(102);
        var jpki = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Jpki;
        Assert.Equal(TokenType.Card, jpki.ReadTokenType());
        Assert.Equal(new CertificateAvailability(true, true), jpki.ReadCertificateAvailability());
        using var certificate = jpki.ReadAuthenticationCertificate();
        using var ca = jpki.ReadAuthenticationCaCertificate();
        Assert.Equal(ca.Subject, certificate.Issuer);
        Assert.Equal(virtualCard.Image.AuthenticationCertificate, certificate.RawData);
    }

    [Fact]
    public void Jpki_pin_then_signature_verifies_with_the_certificate()
    {
        var virtualCard = cards.Issue(103);
        var jpki = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Jpki;
        Assert.Equal(RetryStatus.Tries(3), jpki.GetAuthenticationPinRetries());
        Assert.Equal(RetryStatus.Tries(5), jpki.GetSignaturePasswordRetries());
        using (var pin = CardSecret.Digits(virtualCard.Image.Persona.Pin, 4))
            Assert.True(jpki.VerifyAuthenticationPin(pin).IsVerified);
        byte[] challenge = RandomNumberGenerator.GetBytes(32);
        byte[] signature = jpki.SignWithAuthenticationKey(challenge);
        using var certificate = jpki.ReadAuthenticationCertificate();
        using var key = certificate.GetRSAPublicKey()!;
        Assert.True(key.VerifyData(challenge, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.False(key.VerifyData(RandomNumberGenerator.GetBytes(32), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Jpki_sign_without_pin_is_refused()
    {
        var jpki = MyNumberCard.Open(new VirtualCardTransport(cards.Issue(104))).Jpki;
        var e = Assert.Throws<CardStatusException>(() => jpki.SignWithAuthenticationKey([1, 2, 3]));
        Assert.Equal(CardErrorKind.SecurityStatusNotSatisfied, e.Kind);
    }

    [Fact]
    public void Jpki_wrong_pins_count_down_to_blocked_and_the_right_pin_no_longer_works()
    {
        var virtualCard = cards.Issue(105);
        var jpki = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Jpki;
        using var wrong = CardSecret.Digits(WrongPin(virtualCard.Image.Persona.Pin), 4);
        Assert.Equal(VerifyResult.Incorrect(2), jpki.VerifyAuthenticationPin(wrong));
        Assert.Equal(RetryStatus.Tries(2), jpki.GetAuthenticationPinRetries());
        Assert.Equal(VerifyResult.Incorrect(1), jpki.VerifyAuthenticationPin(wrong));
        Assert.Equal(VerifyResult.Blocked, jpki.VerifyAuthenticationPin(wrong));
        Assert.True(jpki.GetAuthenticationPinRetries().IsBlocked);
        using var right = CardSecret.Digits(virtualCard.Image.Persona.Pin, 4);
        Assert.Equal(VerifyResult.Blocked, jpki.VerifyAuthenticationPin(right));
    }

    [Fact]
    public void CardFace_wrong_then_right_code_b_opens_the_record()
    {
        var virtualCard = cards.Issue(106);
        var persona = virtualCard.Image.Persona;
        var cardFace = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).CardFace;

        var before = Assert.Throws<CardStatusException>(cardFace.ReadCardFace);
        Assert.Equal(CardErrorKind.SecurityStatusNotSatisfied, before.Kind);
        using (var wrong = CardSecret.Digits("00000000000000", 14))
            Assert.Equal(VerifyResult.Incorrect(9), cardFace.VerifyCodeB(wrong));
        using (var right = CardSecret.Digits(persona.VerificationCodeB, 14))
            Assert.True(cardFace.VerifyCodeB(right).IsVerified);

        using var face = cardFace.ReadCardFace();
        Assert.True(persona.BirthDate == face.BirthDate, "card-face birth date differs");
        Assert.Equal(persona.Sex, face.Sex);
        Assert.Equal(persona.CardExpiry, face.Expiry);
        Assert.True(face.Photo.AsSpan().StartsWith((byte[])[0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50]));
        Assert.True(face.SecurityCodeImage.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]));
        Assert.True(face.IsSignatureValid(cardFace.ReadApCertificate().PublicKey));
    }

    [Fact]
    public void CardFace_signature_covers_the_photo()
    {
        var inner = cards.Issue(107);
        var persona = inner.Image.Persona;
        // flip one byte near the end of the record, inside DF27 (photo) or later parts
        var tampered = new TamperingCard(inner, CardFaceApplication.CardFaceFile, (offset, response) =>
        {
            if (offset == 512 && response.Length > 10) response[5] ^= 0x01;
            return response;
        });
        var cardFace = MyNumberCard.Open(new VirtualCardTransport(tampered)).CardFace;
        using (var code = CardSecret.Digits(persona.VerificationCodeB, 14)) cardFace.VerifyCodeB(code);
        using var face = cardFace.ReadCardFace();
        Assert.False(face.IsSignatureValid(cardFace.ReadApCertificate().PublicKey));
    }

    [Fact]
    public void CardFace_ap_certificate_is_signed_by_the_root_only()
    {
        var cardFace = MyNumberCard.Open(new VirtualCardTransport(cards.Issue(108))).CardFace;
        var certificate = cardFace.ReadApCertificate();
        using var authority = cards.Provisioner.LoadAuthority();
        Assert.True(certificate.IsSignedBy(authority.CardFaceRootKey));
        Assert.False(certificate.IsSignedBy(authority.CardFaceIssuerKey));
    }

    [Fact]
    public void Text_basic_four_info_with_pin()
    {
        var virtualCard = cards.Issue(109);
        var persona = virtualCard.Image.Persona;
        var text = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Text!;
        Assert.Throws<CardStatusException>(text.ReadBasicFourInfo);
        using (var pin = CardSecret.Digits(persona.Pin, 4)) Assert.True(text.VerifyPin(pin).IsVerified);
        var info = text.ReadBasicFourInfo();
        Assert.True(persona.Name == info.Name, "name differs");
        Assert.True(persona.Address == info.Address, "address differs");
        Assert.True(persona.BirthDate == info.BirthDate, "birth date differs");
        Assert.DoesNotContain(persona.Name, info.ToString());
    }

    [Fact]
    public void Text_identity_with_code_b_is_covered_by_the_issuers_integrity_record()
    {
        var virtualCard = cards.Issue(110);
        var persona = virtualCard.Image.Persona;
        var text = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Text!;
        Assert.Throws<CardStatusException>(text.ReadIdentity);
        Assert.Throws<CardStatusException>(text.ReadIntegrityRecord);
        using (var code = CardSecret.Digits(persona.VerificationCodeB, 14)) Assert.True(text.VerifyCodeB(code).IsVerified);
        using var identity = text.ReadIdentity();
        Assert.True(identity.Name.SequenceEqual(persona.Name), "name differs");
        Assert.True(persona.BirthDate == identity.BirthDate, "birth date differs");
        Assert.Equal(persona.Sex, identity.Sex);

        var integrity = text.ReadIntegrityRecord();
        var certificate = text.ReadApCertificate();
        using var authority = cards.Provisioner.LoadAuthority();
        Assert.True(certificate.IsSignedBy(authority.CardFaceRootKey));
        Assert.True(integrity.Covers(identity.RecordSha256, certificate.PublicKey));
        // another card's 基本4情報 is not what this record names, and a key of our own making did not sign it
        byte[] tampered = [.. identity.RecordSha256];
        tampered[0] ^= 1;
        Assert.False(integrity.Covers(tampered, certificate.PublicKey));
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        Assert.False(integrity.Covers(identity.RecordSha256, stranger.ExportParameters(false)));
        Assert.DoesNotContain(persona.Name, identity.ToString());
    }

    [Fact]
    public void Text_identity_is_zeroed_on_dispose()
    {
        var virtualCard = cards.Issue(111);
        var text = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Text!;
        using (var code = CardSecret.Digits(virtualCard.Image.Persona.VerificationCodeB, 14)) text.VerifyCodeB(code);
        var identity = text.ReadIdentity();
        Assert.NotEqual(0, identity.Name.Length);
        identity.Dispose();
        Assert.True(identity.Name.ToArray().All(c => c == '\0'), "the name was not zeroed");
    }

    [Fact]
    public void Common_card_info_without_credential_matches_the_expiry()
    {
        var virtualCard = cards.Issue(110);
        var info = MyNumberCard.Open(new VirtualCardTransport(virtualCard)).Common!.ReadCardInfo();
        Assert.Equal(virtualCard.Image.Persona.CardExpiry, info.Expiry);
        Assert.Equal(virtualCard.Image.Persona.MunicipalityCode, info.MunicipalityCode);
    }

    [Fact]
    public void GetResponseCard_reads_the_same_as_a_direct_one()
    {
        var virtualCard = cards.Issue(111, useGetResponse: true);
        var card = MyNumberCard.Open(new VirtualCardTransport(virtualCard));
        using var certificate = card.Jpki.ReadAuthenticationCertificate();
        Assert.Equal(virtualCard.Image.AuthenticationCertificate, certificate.RawData);
        Assert.Equal(new CertificateAvailability(true, true), card.Jpki.ReadCertificateAvailability());
        Assert.Equal(virtualCard.Image.Persona.CardExpiry, card.Common!.ReadCardInfo().Expiry);
    }
}
