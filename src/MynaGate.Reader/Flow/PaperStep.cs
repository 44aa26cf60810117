using MynaGate.Certificates;
using MynaGate.Link.Messages;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 公費 paper mode (R17–R19), after the result is written: the patient chooses a certificate (or none), places it
/// where the card lay, checks what was read and confirms; the terminal writes it beside the result. Cancel or a
/// timeout here only skips the certificate, since the verification is done.
/// </summary>
internal sealed class PaperStep(PatientScreen screen, ReaderDevices devices, FlowOptions options, TerminalRequests terminal)
{
    public async Task RunAsync(SessionRun run, CancellationToken stopping)
    {
        try
        {
            screen.Show(FlowScreen.For(FlowState.PaperChoice) with { PaperForms = options.PaperForms });
            var choice = (ChooseCertificate)await screen.WaitInputAsync(
                i => i is ChooseCertificate c && (c.Form is null || options.PaperForms.Contains(c.Form.Value)), stopping).ConfigureAwait(false);
            if (choice.Form is not { } form) return;
            while (true)
            {
                var reading = await ReadCertificateAsync(form, stopping).ConfigureAwait(false);
                run.Session.PaperCertificate = reading;
                screen.Show(FlowScreen.For(FlowState.PaperConfirm) with { PaperForm = form, PaperFields = reading.Fields, PaperMissing = reading.Missing });
                var answer = await screen.WaitInputAsync(i => i is Answer or Retry, stopping).ConfigureAwait(false);
                if (answer is Retry) continue;
                if (answer is Answer { Agreed: true }) await SendCertificateAsync(run, reading, stopping).ConfigureAwait(false);
                return;
            }
        }
        catch (FlowEndedException e) when (e.Code is FlowErrors.Cancelled or FlowErrors.TimedOut)
        {
            // the patient left the certificate to the counter; the terminal is told to drop the session
        }
    }

    private async Task SendCertificateAsync(SessionRun run, CertificateReading reading, CancellationToken stopping)
    {
        screen.Show(FlowScreen.For(FlowState.Completing));
        var certificate = new PaperCertificate(CertificateForms.Code(reading.Form!.Value),
            [.. reading.Fields.Select(f => new PaperCertificateField(f.Kind.ToString(), f.Value, f.Confidence, f.Confirmed))],
            [.. reading.Missing.Select(m => m.ToString())]);
        var reply = await terminal.AskAsync(new LinkRequest(TerminalRequests.NewMessageId(), run.Session.Id, LinkRequestKind.Certificate)
        {
            PaperCertificate = certificate,
        }, stopping).ConfigureAwait(false);
        run.TerminalInvolved = false;
        run.CertificateFile = reply.ResultFile ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
    }

    /// <summary>
    /// The placement screen, with each frame's issue as guidance, until the chosen certificate is read; the patient's
    /// cancel and the input timeout stop it.
    /// </summary>
    private async Task<CertificateReading> ReadCertificateAsync(CertificateForm form, CancellationToken stopping)
    {
        screen.Show(FlowScreen.For(FlowState.PaperPlacement) with { PaperForm = form });
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reading = devices.Certificates.ReadAsync(form,
            issue => screen.Show(FlowScreen.For(FlowState.PaperPlacement) with { PaperForm = form, PaperIssue = issue }), done.Token);
        var patient = screen.WaitInputAsync(_ => false, done.Token);
        var first = await Task.WhenAny(reading, patient).ConfigureAwait(false);
        await done.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(reading, patient).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // the patient's cancel or timeout (a FlowEndedException) wins over a reading finished at the same moment
        if (first == patient || patient.IsFaulted) await patient.ConfigureAwait(false);
        return await reading.ConfigureAwait(false);
    }
}
