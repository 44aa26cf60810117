using MynaGate.Certificates;
using MynaGate.Ocr.Certificates;
using MynaGate.Vision.Frames;

namespace MynaGate.Reader.Flow;

/// <summary>Paper certificates read by OCR from the card camera's frames, on a worker thread.</summary>
public sealed class CameraCertificateReader(CertificateReader reader, Func<IFrameSource> camera) : IPaperCertificateReader
{
    /// <summary>A partial reading is accepted after this many readings of a sheet that lacked no more than <see cref="FieldsAPartialMayLack"/> fields.</summary>
    private const int PartialReadings = 3;

    /// <summary>More missing fields than this is not the chosen certificate (a My Number Card face shows 氏名 and 生年月日 too).</summary>
    private const int FieldsAPartialMayLack = 2;

    /// <summary>A camera whose frames ended (an image sequence played out, a UVC device gone) is opened again after this pause.</summary>
    private static readonly TimeSpan CameraReopenPause = TimeSpan.FromMilliseconds(200);

    public Task<CertificateReading> ReadAsync(CertificateForm form, Action<CertificateIssue> issue, CancellationToken cancellationToken) =>
        Task.Run(() => ReadFramesAsync(form, issue, cancellationToken), cancellationToken);

    private async Task<CertificateReading> ReadFramesAsync(CertificateForm form, Action<CertificateIssue> issue, CancellationToken ct)
    {
        CertificateReading? best = null;
        int partial = 0;
        while (true)
        {
            using (var frames = camera())
            {
                while (await frames.NextFrameAsync(ct).ConfigureAwait(false) is { } frame)
                {
                    CertificateReading reading;
                    using (frame) reading = reader.Read(frame, form);
                    if (reading.Issue == CertificateIssue.None) return reading;
                    issue(reading.Issue);
                    if (reading.Issue != CertificateIssue.FieldsMissing || reading.Missing.Count > FieldsAPartialMayLack) continue;
                    if (best is null || reading.Fields.Count > best.Fields.Count) best = reading;
                    if (++partial >= PartialReadings) return best;
                }
            }
            await Task.Delay(CameraReopenPause, ct).ConfigureAwait(false);
        }
    }
}
