using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The configured consent screens in order (R12). 包括同意 answers, agreed or declined, every viewing item listed
/// after it, each recorded with the same time; 個別に選ぶ asks them one by one instead. Then, when the clinic asks,
/// the prescription choice (R35). A card whose certificate is in its grace after expiry (R40) shares no medical
/// information: 包括同意 and the viewing items are not asked (nothing is recorded for them); what rests on eligibility
/// alone (the 限度額 provision, the prescription choice, the 医療費助成 question) still is. Last, when the national hub
/// holds municipal 受給者証 for the patient and the clinic asks, whether to use them (R39).
/// </summary>
internal sealed class ConsentStep(PatientScreen screen, FlowOptions options, TimeProvider clock)
{
    public async Task RunAsync(SessionRun run, QualificationNotice notice, CancellationToken ct)
    {
        var answered = new HashSet<ConsentItem>();
        for (int i = 0; i < options.Consents.Count; i++)
        {
            var item = options.Consents[i];
            if (answered.Contains(item)) continue;
            if (notice.CertificateInGrace && (item == ConsentItem.Comprehensive || ConsentSets.IsViewing(item))) continue;
            IReadOnlyList<ConsentItem> covers = item == ConsentItem.Comprehensive
                ? [.. options.Consents.Skip(i + 1).Where(c => c != ConsentItem.Comprehensive && ConsentSets.IsViewing(c))]
                : [];
            screen.Show(FlowScreen.For(FlowState.Consent, i) with
            {
                Consent = item, Covers = covers, CertificateExpiresSoon = notice.CertificateExpiresSoon, CertificateInGrace = notice.CertificateInGrace,
            });
            var input = await screen.WaitInputAsync(input => input is Answer || (input is ChooseIndividually && covers.Count > 0), ct).ConfigureAwait(false);
            if (input is not Answer answer) continue;
            var at = clock.GetUtcNow();
            foreach (var given in covers.Prepend(item))
            {
                run.Session.Consents.Add(new ConsentAnswer(given, answer.Agreed, at));
                answered.Add(given);
            }
        }
        if (options.PrescriptionChoice)
        {
            screen.Show(FlowScreen.For(FlowState.PrescriptionChoice) with
            {
                CertificateExpiresSoon = notice.CertificateExpiresSoon, CertificateInGrace = notice.CertificateInGrace,
            });
            var choice = (ChoosePrescription)await screen.WaitInputAsync(input => input is ChoosePrescription c && Enum.IsDefined(c.Issue), ct).ConfigureAwait(false);
            run.Session.Prescription = choice.Issue;
        }
        if (options.MedicalSubsidyQuestion && notice.MedicalSubsidiesAvailable)
        {
            screen.Show(FlowScreen.For(FlowState.MedicalSubsidyChoice) with
            {
                CertificateExpiresSoon = notice.CertificateExpiresSoon, CertificateInGrace = notice.CertificateInGrace,
            });
            var choice = (ChooseMedicalSubsidies)await screen.WaitInputAsync(input => input is ChooseMedicalSubsidies, ct).ConfigureAwait(false);
            run.Session.UseMedicalSubsidies = choice.Use;
        }
        run.Stage("consent");
    }
}
