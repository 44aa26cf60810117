using System.Security.Cryptography;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Proofs;
using MynaGate.Onshi.Store;

namespace MynaGate.Onshi.Service;

/// <summary>
/// The emulated オンライン資格確認: validate the certificate, verify the presence proof, look the holder up, number the
/// inquiry (照会番号) with the patient's municipal 受給者証 from PMH beside it, and later record the consents given under that number.
/// </summary>
public sealed class QualificationService(OnshiStore store, CardCertificateValidator certificates, PresenceProofVerifier proofs, TimeProvider clock)
{
    /// <summary>Viewing consents are available to the institution for 24 hours.</summary>
    public static readonly TimeSpan ConsentAvailability = TimeSpan.FromHours(24);

    public const int ChallengeMinLength = 16;

    public async Task<QualificationResponse> QualifyAsync(QualificationRequest request, string institution, CancellationToken cancellationToken)
    {
        if (request.Challenge is not { Length: >= ChallengeMinLength })
            throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, $"The challenge must have at least {ChallengeMinLength} bytes.");
        using var card = certificates.Load(request.Certificate);
        await proofs.VerifyAsync(request, card, institution, cancellationToken).ConfigureAwait(false);
        bool inGrace = await certificates.CheckStatusAsync(card, cancellationToken).ConfigureAwait(false);

        var found = await store.FindByCertificateAsync(card.SerialNumber, cancellationToken).ConfigureAwait(false);
        var (status, qualifications) = found.Count switch
        {
            0 => (QualificationStatus.NotFound, Array.Empty<InsuredQualification>()),
            // a lost qualification is returned with its 資格喪失年月日 and 事由, so the clinic sees when and why
            1 => (found[0].Status, found[0].Status is QualificationStatus.Valid or QualificationStatus.ValidPublicAssistance or QualificationStatus.Invalid
                ? [found[0].Insured] : Array.Empty<InsuredQualification>()),
            _ => (QualificationStatus.SeveralMatches, Array.Empty<InsuredQualification>()),
        };

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(Japan).DateTime);
        // PMH answers for a confirmed qualification only, with what is valid today from municipalities that have joined
        IReadOnlyList<MedicalSubsidy> subsidies = qualifications.Length == 1 && status is QualificationStatus.Valid or QualificationStatus.ValidPublicAssistance
            ? [.. (await store.FindMedicalSubsidiesAsync(card.SerialNumber, today, cancellationToken).ConfigureAwait(false)).Where(s => s.IsValidOn(today))]
            : [];
        string challengeHash = Convert.ToHexString(SHA256.HashData(request.Challenge));
        // the number's random part can repeat within a second (a busy service numbers hundreds a second): draw again
        for (int attempt = 0; attempt < ReferenceAttempts; attempt++)
        {
            string reference = NewReferenceNumber(now);
            switch (await store.TryRecordInquiryAsync(reference, institution, challengeHash, status, now, cancellationToken).ConfigureAwait(false))
            {
                case InquiryRecording.Recorded:
                    return new QualificationResponse(reference, status, now, certificates.ExpiresSoon(card), qualifications) { CertificateInGrace = inGrace, MedicalSubsidies = subsidies };
                case InquiryRecording.ChallengeUsed:
                    throw new OnshiRefusalException(LinkErrorCodes.ProofInvalid, "The challenge was used before.");
            }
        }
        throw new InvalidOperationException($"No free reference number in {ReferenceAttempts} draws.");
    }

    private const int ReferenceAttempts = 5;

    public async Task<ConsentResponse> RecordConsentsAsync(string referenceNumber, ConsentRequest request, string institution, CancellationToken cancellationToken)
    {
        string? owner = await store.FindInquiryInstitutionAsync(referenceNumber, cancellationToken).ConfigureAwait(false);
        if (owner != institution)
            throw new OnshiRefusalException(LinkErrorCodes.NationalServiceRejected, "No inquiry with this reference number for this institution.");
        if (request.Answers.Select(a => a.Item).Distinct().Count() != request.Answers.Count)
            throw new OnshiRefusalException(LinkErrorCodes.NationalServiceRejected, "Each consent item may be answered once.");

        var recorded = request.Answers
            .Select(a => new RecordedConsent(a.Item, a.Agreed, a.AnsweredAt, a.Agreed && ConsentSets.IsViewing(a.Item) ? a.AnsweredAt + ConsentAvailability : null))
            .ToList();
        // since 2024-10-07 the 限度額 information is provided by law and a reader no longer asks (ConsentSets); one
        // that still asks has its answer kept. That the real service then reports the flag as 1 is our assumption.
        if (!recorded.Any(c => c.Item == ConsentItem.LimitApplication))
            recorded.Add(new RecordedConsent(ConsentItem.LimitApplication, true, clock.GetUtcNow(), null));
        if (!await store.TryRecordConsentsAsync(referenceNumber, recorded, cancellationToken).ConfigureAwait(false))
            throw new OnshiRefusalException(LinkErrorCodes.NationalServiceRejected, "Consents for this reference number were recorded before.");
        return new ConsentResponse(referenceNumber, recorded);
    }

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    private static string NewReferenceNumber(DateTimeOffset now) =>
        $"{now.ToOffset(Japan):yyyyMMddHHmmss}{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
}
