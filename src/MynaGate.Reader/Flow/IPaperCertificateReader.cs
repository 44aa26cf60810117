using MynaGate.Certificates;

namespace MynaGate.Reader.Flow;

/// <summary>
/// 公費 paper mode's reading of a placed certificate (R17–R19). <see cref="CameraCertificateReader"/> runs the OCR on
/// the card camera; flow tests decide in process.
/// </summary>
public interface IPaperCertificateReader
{
    /// <summary>
    /// Reads until <paramref name="form"/> is read whole, or well enough several times; each frame's issue is told to
    /// <paramref name="issue"/> as the patient's guidance. Ends only with a reading or with <paramref name="cancellationToken"/>.
    /// </summary>
    Task<CertificateReading> ReadAsync(CertificateForm form, Action<CertificateIssue> issue, CancellationToken cancellationToken);
}
