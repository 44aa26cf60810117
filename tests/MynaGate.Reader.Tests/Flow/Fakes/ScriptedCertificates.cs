using MynaGate.Certificates;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// 公費 paper mode's reading decided by the test: a list of frame issues shown first, then the reading it gives
/// (or none: it waits until stopped, as a camera seeing no certificate does).
/// </summary>
internal sealed class ScriptedCertificates : IPaperCertificateReader
{
    public IReadOnlyList<CertificateIssue> IssuesFirst { get; set; } = [];

    public Func<CertificateForm, CertificateReading>? Reads { get; set; }

    public int Readings { get; private set; }

    public async Task<CertificateReading> ReadAsync(CertificateForm form, Action<CertificateIssue> issue, CancellationToken cancellationToken)
    {
        Readings++;
        foreach (var shown in IssuesFirst) issue(shown);
        if (Reads is null) await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        return Reads!(form);
    }
}
