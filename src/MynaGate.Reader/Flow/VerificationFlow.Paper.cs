using MynaGate.Certificates;
using MynaGate.Link.Messages;
using MynaGate.Ocr.Certificates;

namespace MynaGate.Reader.Flow;

public sealed partial class VerificationFlow
{
    /// <summary>A partial reading is accepted after this many readings of a sheet that lacked no more than <see cref="FieldsAPartialMayLack"/> fields.</summary>
    private const int PartialReadings = 3;

    /// <summary>More missing fields than this is not the chosen certificate (a My Number Card face shows 氏名 and 生年月日 too).</summary>
    private const int FieldsAPartialMayLack = 2;

    /// <summary>A camera whose frames ended (an image sequence played out, a UVC device gone) is opened again after this pause.</summary>
    private static readonly TimeSpan CameraReopenPause = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// 公費 paper mode (R17–R19), after the result is written: the patient chooses a certificate (or none), places it
    /// where the card lay, checks what was read and confirms; the terminal writes it beside the result. Cancel or a
    /// timeout here only skips the certificate, since the verification is done.
    /// </summary>
    private async Task PaperAsync(SessionRun run, CancellationToken stopping)
    {
        try
        {
            Show(FlowScreen.For(FlowState.PaperChoice) with { PaperForms = options.PaperForms });
            var choice = (ChooseCertificate)await WaitInputAsync(
                i => i is ChooseCertificate c && (c.Form is null || options.PaperForms.Contains(c.Form.Value)), stopping).ConfigureAwait(false);
            if (choice.Form is not { } form) return;
            while (true)
            {
                var reading = await ReadCertificateAsync(form, stopping).ConfigureAwait(false);
                run.Session.PaperCertificate = reading;
                Show(FlowScreen.For(FlowState.PaperConfirm) with { PaperForm = form, PaperFields = reading.Fields, PaperMissing = reading.Missing });
                var answer = await WaitInputAsync(i => i is Answer or Retry, stopping).ConfigureAwait(false);
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
        Show(FlowScreen.For(FlowState.Completing));
        var certificate = new PaperCertificate(CertificateForms.Code(reading.Form!.Value),
            [.. reading.Fields.Select(f => new PaperCertificateField(f.Kind.ToString(), f.Value, f.Confidence, f.Confirmed))],
            [.. reading.Missing.Select(m => m.ToString())]);
        var reply = await AskTerminalAsync(new LinkRequest(NewMessageId(), run.Session.Id, LinkRequestKind.Certificate)
        {
            PaperCertificate = certificate,
        }, stopping).ConfigureAwait(false);
        run.TerminalInvolved = false;
        run.CertificateFile = reply.ResultFile ?? throw new FlowEndedException(FlowErrors.TerminalSilent);
    }

    /// <summary>
    /// Reads card-camera frames on a worker until the chosen certificate is read whole (or well enough, several
    /// times); the placement screen shows each frame's issue as guidance. Cancel and the input timeout stop it.
    /// </summary>
    private async Task<CertificateReading> ReadCertificateAsync(CertificateForm form, CancellationToken stopping)
    {
        Show(FlowScreen.For(FlowState.PaperPlacement) with { PaperForm = form });
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reading = Task.Run(() => ReadFramesAsync(form, done.Token), done.Token);
        var patient = WaitInputAsync(_ => false, done.Token);
        var first = await Task.WhenAny(reading, patient).ConfigureAwait(false);
        await done.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(reading, patient).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // the patient's cancel or timeout (a FlowEndedException) wins over a reading finished at the same moment
        if (first == patient || patient.IsFaulted) await patient.ConfigureAwait(false);
        return await reading.ConfigureAwait(false);
    }

    private async Task<CertificateReading> ReadFramesAsync(CertificateForm form, CancellationToken ct)
    {
        CertificateReading? best = null;
        int partial = 0;
        while (true)
        {
            using (var frames = devices.CardCamera())
            {
                while (await frames.NextFrameAsync(ct).ConfigureAwait(false) is { } frame)
                {
                    CertificateReading reading;
                    using (frame) reading = devices.CertificateReader.Read(frame, form);
                    if (reading.Issue == CertificateIssue.None) return reading;
                    Show(FlowScreen.For(FlowState.PaperPlacement) with { PaperForm = form, PaperIssue = reading.Issue });
                    if (reading.Issue != CertificateIssue.FieldsMissing || reading.Missing.Count > FieldsAPartialMayLack) continue;
                    if (best is null || reading.Fields.Count > best.Fields.Count) best = reading;
                    if (++partial >= PartialReadings) return best;
                }
            }
            await Task.Delay(CameraReopenPause, ct).ConfigureAwait(false);
        }
    }
}
