using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Onshi.Proofs;
using MynaGate.Onshi.Seeding;

namespace MynaGate.Onshi.Tests;

/// <summary>The emulator's rules, on each store: SQLite (the default) and PostgreSQL.</summary>
public abstract class QualificationServiceTests(NationalServiceFixture fixture)
{
    private static readonly TimeProvider Now = TimeProvider.System;

    [Fact]
    public async Task A_signed_challenge_from_an_enrolled_card_returns_its_qualification()
    {
        var (key, certificate) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 7, DateOnly.FromDateTime(DateTime.UtcNow));
        var answer = await fixture.Service(Now).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);

        Assert.Equal(QualificationStatus.Valid, answer.Status);
        var insured = Assert.Single(answer.Qualifications);
        Assert.True(insured.Name == Card.Virtual.Personas.PersonaGenerator.Generate(7).Name, "the qualification names another person");
        Assert.Matches("^[0-9]{20}$", answer.ReferenceNumber);
        Assert.False(answer.CertificateExpiresSoon);
    }

    [Fact]
    public async Task A_card_registered_again_is_found_once_with_what_it_was_registered_for_last()
    {
        var (key, certificate) = fixture.Card();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 9, today);
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 9, today);
        Assert.Equal(QualificationStatus.Valid, (await fixture.Service(Now).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default)).Status);

        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 9, today, EnrolmentScenario.Lost);
        var lost = await fixture.Store.FindByCertificateAsync(certificate.SerialNumber);
        Assert.Equal(QualificationStatus.Invalid, Assert.Single(lost).Status);
    }

    [Fact]
    public async Task Unregistered_and_several_qualifications_are_reported_without_details_and_a_lost_one_with_when_and_why()
    {
        var service = fixture.Service(Now);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (scenario, status) in new[]
        {
            (EnrolmentScenario.NotRegistered, QualificationStatus.NotFound),
            (EnrolmentScenario.SeveralMatches, QualificationStatus.SeveralMatches),
        })
        {
            var (key, certificate) = fixture.Card();
            await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 8, today, scenario);
            var answer = await service.QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
            Assert.Equal(status, answer.Status);
            Assert.Empty(answer.Qualifications);
        }

        var (lostKey, lostCertificate) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, lostCertificate, 8, today, EnrolmentScenario.Lost);
        var lost = await service.QualifyAsync(PinRequest(lostKey, lostCertificate.RawData), NationalServiceFixture.Institution, default);
        Assert.Equal(QualificationStatus.Invalid, lost.Status);
        var record = Assert.Single(lost.Qualifications);
        Assert.True(record.DisqualificationDate < today);
        Assert.Equal("03", record.ReasonOfLoss);
    }

    [Fact]
    public async Task The_details_beside_the_basic_record_are_held_and_returned()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (key, certificate) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 21, today, EnrolmentScenario.PublicAssistance);
        var answer = await fixture.Service(Now).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);

        var record = Assert.Single(answer.Qualifications);
        Assert.NotNull(record.CertificateIssuedOn);
        var ticket = Assert.IsType<MedicalTicket>(record.MedicalTicket);
        Assert.Matches("^[0-9]{8}$", ticket.IssueNumber);
        Assert.Equal(ticket.ValidFrom!.Value.AddMonths(1).AddDays(-1), ticket.ValidUntil);
    }

    [Fact]
    public async Task Revoked_expired_and_foreign_certificates_are_refused_with_their_codes()
    {
        var (key, certificate) = fixture.Card();
        await fixture.Store.RevokeAsync(certificate.SerialNumber, DateTimeOffset.UtcNow);
        Assert.Equal(LinkErrorCodes.CertificateRevoked, await RefusalAsync(fixture.Service(Now), PinRequest(key, certificate.RawData)));

        var (key2, certificate2) = fixture.Card();
        var later = new FixedClock(certificate2.NotAfter.ToUniversalTime().AddMonths(3).AddDays(1));
        Assert.Equal(LinkErrorCodes.CertificateExpired, await RefusalAsync(fixture.Service(later), PinRequest(key2, certificate2.RawData)));

        using var foreignKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=not J-LIS", foreignKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var foreign = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Assert.Equal(LinkErrorCodes.CertificateUntrusted, await RefusalAsync(fixture.Service(Now), PinRequest(foreignKey, foreign.RawData)));
    }

    [Fact]
    public async Task A_revoked_or_expired_certificate_without_its_cards_proof_is_refused_as_a_bad_proof_and_its_state_not_told()
    {
        var (_, certificate) = fixture.Card();
        var (other, expired) = fixture.Card();
        await fixture.Store.RevokeAsync(certificate.SerialNumber, DateTimeOffset.UtcNow);

        Assert.Equal(LinkErrorCodes.ProofInvalid, await RefusalAsync(fixture.Service(Now), PinRequest(other, certificate.RawData)));
        var later = new FixedClock(expired.NotAfter.ToUniversalTime().AddDays(1));
        using var stranger = RSA.Create(2048);
        Assert.Equal(LinkErrorCodes.ProofInvalid, await RefusalAsync(fixture.Service(later), PinRequest(stranger, expired.RawData)));
    }

    [Fact]
    public async Task A_cards_expired_certificate_confirms_eligibility_for_three_months_and_a_smartphones_not_for_a_day()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (key, certificate) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 12, today);
        var expiry = certificate.NotAfter.ToUniversalTime();

        var valid = await fixture.Service(Now).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        Assert.False(valid.CertificateInGrace);
        var grace = await fixture.Service(new FixedClock(expiry.AddMonths(3).AddDays(-1))).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        Assert.Equal(QualificationStatus.Valid, grace.Status);
        Assert.True(grace.CertificateInGrace);
        Assert.False(grace.CertificateExpiresSoon);
        Assert.Equal(LinkErrorCodes.CertificateExpired,
            await RefusalAsync(fixture.Service(new FixedClock(expiry.AddMonths(3).AddDays(1))), PinRequest(key, certificate.RawData)));

        var (phoneKey, phone) = fixture.Card(smartphone: true);
        await OnshiEnrolment.EnrolAsync(fixture.Store, phone, 12, today);
        Assert.True((await fixture.Service(Now).QualifyAsync(PinRequest(phoneKey, phone.RawData), NationalServiceFixture.Institution, default)).Status == QualificationStatus.Valid);
        Assert.Equal(LinkErrorCodes.CertificateExpired,
            await RefusalAsync(fixture.Service(new FixedClock(phone.NotAfter.ToUniversalTime().AddDays(1))), PinRequest(phoneKey, phone.RawData)));
    }

    [Fact]
    public async Task The_hub_answers_with_the_valid_certificates_of_municipalities_that_have_joined_PMH_and_of_a_confirmed_qualification_only()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);
        var service = fixture.Service(Now);
        var (key, certificate) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, certificate, 14, today, EnrolmentScenario.MedicalSubsidies);
        var expected = InsuredGenerator.MedicalSubsidies(14, Card.Virtual.Personas.PersonaGenerator.Generate(14), today);
        var answered = await service.QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        Assert.Equal(expected, answered.MedicalSubsidies);

        // a municipality of its own, so no other test's joining touches it
        string municipality = $"9{RandomNumberGenerator.GetInt32(10_000):D4}";
        var (otherKey, other) = fixture.Card();
        await OnshiEnrolment.EnrolAsync(fixture.Store, other, 15, today);
        var current = expected[0] with { Municipality = municipality };
        await fixture.Store.AddMedicalSubsidyAsync(other.SerialNumber, current);
        await fixture.Store.AddMedicalSubsidyAsync(other.SerialNumber, current with { RecipientNumber = "0000018", ValidUntil = today.AddDays(-1) });
        Assert.Empty((await service.QualifyAsync(PinRequest(otherKey, other.RawData), NationalServiceFixture.Institution, default)).MedicalSubsidies);

        await fixture.Store.JoinPmhAsync(municipality, today.AddDays(1));
        Assert.Empty((await service.QualifyAsync(PinRequest(otherKey, other.RawData), NationalServiceFixture.Institution, default)).MedicalSubsidies);
        await fixture.Store.JoinPmhAsync(municipality, today);
        // joined today: the valid one, not the one that ended yesterday
        Assert.Equal([current], (await service.QualifyAsync(PinRequest(otherKey, other.RawData), NationalServiceFixture.Institution, default)).MedicalSubsidies);

        await OnshiEnrolment.EnrolAsync(fixture.Store, other, 15, today, EnrolmentScenario.Lost);
        await fixture.Store.AddMedicalSubsidyAsync(other.SerialNumber, current);
        var lost = await service.QualifyAsync(PinRequest(otherKey, other.RawData), NationalServiceFixture.Institution, default);
        Assert.Equal(QualificationStatus.Invalid, lost.Status);
        Assert.Empty(lost.MedicalSubsidies);
    }

    [Fact]
    public async Task A_certificate_within_three_months_of_expiry_is_flagged()
    {
        var (key, certificate) = fixture.Card();
        var soon = new FixedClock(certificate.NotAfter.ToUniversalTime().AddDays(-30));
        var answer = await fixture.Service(soon).QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        Assert.True(answer.CertificateExpiresSoon);
    }

    [Fact]
    public async Task A_wrong_card_signature_and_a_replayed_challenge_are_refused()
    {
        var (key, certificate) = fixture.Card();
        var (other, _) = fixture.Card();
        Assert.Equal(LinkErrorCodes.ProofInvalid, await RefusalAsync(fixture.Service(Now), PinRequest(other, certificate.RawData)));

        var request = PinRequest(key, certificate.RawData);
        await fixture.Service(Now).QualifyAsync(request, NationalServiceFixture.Institution, default);
        Assert.Equal(LinkErrorCodes.ProofInvalid, await RefusalAsync(fixture.Service(Now), request));
    }

    [Fact]
    public async Task A_reference_number_drawn_twice_is_not_taken_for_a_replayed_challenge()
    {
        // the relay benchmark's 64 readers had one inquiry in a few thousand refused as a replay: two numbers drawn in
        // the same second with the same random part
        string reference = "2026120400000" + RandomNumberGenerator.GetInt32(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        string first = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        string second = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(Store.InquiryRecording.Recorded,
            await fixture.Store.TryRecordInquiryAsync(reference, NationalServiceFixture.Institution, first, QualificationStatus.Valid, now));
        Assert.Equal(Store.InquiryRecording.ReferenceTaken,
            await fixture.Store.TryRecordInquiryAsync(reference, NationalServiceFixture.Institution, second, QualificationStatus.Valid, now));
        Assert.Equal(Store.InquiryRecording.ChallengeUsed,
            await fixture.Store.TryRecordInquiryAsync(reference + "0", NationalServiceFixture.Institution, first, QualificationStatus.Valid, now));
        Assert.Equal(Store.InquiryRecording.Recorded,
            await fixture.Store.TryRecordInquiryAsync(reference + "1", NationalServiceFixture.Institution, second, QualificationStatus.Valid, now));
    }

    [Fact]
    public async Task A_face_assertion_counts_only_from_a_reader_registered_by_the_institution()
    {
        var (_, certificate) = fixture.Card();
        using var device = DeviceIdentity.Create("reader");
        byte[] challenge = RandomNumberGenerator.GetBytes(32);
        var assertion = new AuthenticationAssertion("R01", "S1", AuthenticationMethod.Face, AuthenticationAssertion.HashCertificate(certificate.RawData), challenge, DateTimeOffset.UtcNow);
        var request = new QualificationRequest(AuthenticationMethod.Face, certificate.RawData, challenge)
        {
            Assertion = assertion, AssertionSignature = assertion.Sign(device), DeviceCertificate = device.RawData,
        };
        Assert.Equal(LinkErrorCodes.DeviceNotRegistered, await RefusalAsync(fixture.Service(Now), request));

        await fixture.Store.RegisterDeviceAsync(CertificatePin.Of(device).Sha256, NationalServiceFixture.Institution, DateTimeOffset.UtcNow);
        var tampered = request with { Assertion = assertion with { Method = AuthenticationMethod.Visual } };
        Assert.Equal(LinkErrorCodes.ProofInvalid, await RefusalAsync(fixture.Service(Now), tampered));
        var answer = await fixture.Service(Now).QualifyAsync(request, NationalServiceFixture.Institution, default);
        Assert.Equal(QualificationStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task Consents_are_recorded_once_with_a_day_of_availability_for_viewing()
    {
        var (key, certificate) = fixture.Card();
        var service = fixture.Service(Now);
        var answer = await service.QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        var at = DateTimeOffset.UtcNow;
        var consents = new ConsentRequest([new ConsentAnswer(ConsentItem.PharmacyInformation, true, at), new ConsentAnswer(ConsentItem.LimitApplication, true, at),
            new ConsentAnswer(ConsentItem.SpecificHealthCheckups, false, at)]);
        var recorded = await service.RecordConsentsAsync(answer.ReferenceNumber, consents, NationalServiceFixture.Institution, default);

        Assert.Equal(at.AddHours(24), recorded.Consents.Single(c => c.Item == ConsentItem.PharmacyInformation).AvailableUntil);
        Assert.Null(recorded.Consents.Single(c => c.Item == ConsentItem.LimitApplication).AvailableUntil);
        Assert.Null(recorded.Consents.Single(c => c.Item == ConsentItem.SpecificHealthCheckups).AvailableUntil);
        await Assert.ThrowsAsync<OnshiRefusalException>(() => service.RecordConsentsAsync(answer.ReferenceNumber, consents, NationalServiceFixture.Institution, default));
        await Assert.ThrowsAsync<OnshiRefusalException>(() => service.RecordConsentsAsync(answer.ReferenceNumber, consents, "1399999999", default));
    }

    [Fact]
    public async Task The_limit_information_is_given_by_law_when_the_reader_does_not_ask_and_kept_as_answered_when_it_does()
    {
        var (key, certificate) = fixture.Card();
        var service = fixture.Service(Now);
        var at = DateTimeOffset.UtcNow.AddSeconds(-5);

        var current = await service.QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        var unasked = await service.RecordConsentsAsync(current.ReferenceNumber,
            new ConsentRequest([new ConsentAnswer(ConsentItem.Comprehensive, false, at), new ConsentAnswer(ConsentItem.PharmacyInformation, false, at)]),
            NationalServiceFixture.Institution, default);
        var limit = unasked.Consents.Single(c => c.Item == ConsentItem.LimitApplication);
        Assert.True(limit.Agreed);
        Assert.InRange(limit.AnsweredAt, at.AddSeconds(5), DateTimeOffset.UtcNow);
        Assert.Null(limit.AvailableUntil);

        var older = await service.QualifyAsync(PinRequest(key, certificate.RawData), NationalServiceFixture.Institution, default);
        var declined = await service.RecordConsentsAsync(older.ReferenceNumber,
            new ConsentRequest([new ConsentAnswer(ConsentItem.LimitApplication, false, at)]), NationalServiceFixture.Institution, default);
        Assert.False(Assert.Single(declined.Consents).Agreed);
    }

    private static QualificationRequest PinRequest(RSA key, byte[] certificate)
    {
        byte[] challenge = RandomNumberGenerator.GetBytes(32);
        return new QualificationRequest(AuthenticationMethod.Pin, certificate, challenge)
        {
            CardSignature = key.SignData(challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        };
    }

    private static async Task<string> RefusalAsync(Service.QualificationService service, QualificationRequest request)
    {
        var refusal = await Assert.ThrowsAsync<OnshiRefusalException>(() => service.QualifyAsync(request, NationalServiceFixture.Institution, default));
        return refusal.Code;
    }
}

public sealed class SqliteQualificationServiceTests(NationalServiceFixture fixture)
    : QualificationServiceTests(fixture), IClassFixture<NationalServiceFixture>;

public sealed class PostgresQualificationServiceTests(PostgresNationalServiceFixture fixture)
    : QualificationServiceTests(fixture), IClassFixture<PostgresNationalServiceFixture>;
