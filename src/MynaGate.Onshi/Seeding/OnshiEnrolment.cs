using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Onshi.Contract;
using MynaGate.Onshi.Store;

namespace MynaGate.Onshi.Seeding;

/// <summary>
/// マイナ保険証の利用登録 for virtual cards: links a card's user-auth certificate to the insurance record of its
/// persona. The scenario sets what an inquiry with that card finds. Registering a card again replaces what it was
/// registered for, as the real registration does: the demo enrols a card each time it is placed, and a second placement
/// must not make its holder 複数該当.
/// </summary>
public static class OnshiEnrolment
{
    /// <summary>The day the first municipalities joined PMH for 医療費助成 (spec §6): the day the seeded ones join.</summary>
    public static readonly DateOnly PmhStart = new(2026, 4, 1);

    public static async Task EnrolAsync(OnshiStore store, X509Certificate2 authenticationCertificate, int seed, DateOnly today,
        EnrolmentScenario scenario = EnrolmentScenario.Insured, CancellationToken cancellationToken = default)
    {
        string serial = authenticationCertificate.SerialNumber;
        var persona = PersonaGenerator.Generate(seed);
        var insured = InsuredGenerator.Generate(seed, persona, today);
        await store.UnenrolAsync(serial, cancellationToken).ConfigureAwait(false);
        switch (scenario)
        {
            case EnrolmentScenario.Insured:
                await store.EnrolAsync(serial, insured, QualificationStatus.Valid, cancellationToken).ConfigureAwait(false);
                break;
            case EnrolmentScenario.PublicAssistance:
                await store.EnrolAsync(serial, InsuredGenerator.PublicAssistance(insured, seed), QualificationStatus.ValidPublicAssistance, cancellationToken).ConfigureAwait(false);
                break;
            case EnrolmentScenario.Lost:
                // changed insurer (03 医療保険等の資格取得) a few weeks ago
                await store.EnrolAsync(serial, insured with { DisqualificationDate = today.AddDays(-(seed % 60) - 1), ReasonOfLoss = "03" },
                    QualificationStatus.Invalid, cancellationToken).ConfigureAwait(false);
                break;
            case EnrolmentScenario.SeveralMatches:
                await store.EnrolAsync(serial, insured, QualificationStatus.Valid, cancellationToken).ConfigureAwait(false);
                await store.EnrolAsync(serial, InsuredGenerator.Generate(seed + 1_000_000, persona, today), QualificationStatus.Valid, cancellationToken).ConfigureAwait(false);
                break;
            case EnrolmentScenario.MedicalSubsidies:
                await store.EnrolAsync(serial, insured, QualificationStatus.Valid, cancellationToken).ConfigureAwait(false);
                foreach (var subsidy in InsuredGenerator.MedicalSubsidies(seed, persona, today))
                {
                    await store.AddMedicalSubsidyAsync(serial, subsidy, cancellationToken).ConfigureAwait(false);
                    await store.JoinPmhAsync(subsidy.Municipality, PmhStart, cancellationToken).ConfigureAwait(false);
                }
                break;
            case EnrolmentScenario.NotRegistered:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario));
        }
    }
}

/// <summary>What the national service knows of a card's holder.</summary>
public enum EnrolmentScenario
{
    Insured,
    PublicAssistance,
    /// <summary>The qualification was lost (資格喪失): the inquiry answers 無効.</summary>
    Lost,
    /// <summary>Two qualifications match (複数該当).</summary>
    SeveralMatches,
    /// <summary>Insured, with a municipal 受給者証 on PMH from a municipality that has joined it (R39).</summary>
    MedicalSubsidies,
    /// <summary>The card was never registered as マイナ保険証: 該当資格なし.</summary>
    NotRegistered,
}
