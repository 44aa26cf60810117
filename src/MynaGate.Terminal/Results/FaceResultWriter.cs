using MynaGate.Certificates.Xml;
using MynaGate.Storage;

namespace MynaGate.Terminal.Results;

/// <summary>
/// Writes face-result XML into the Face folder atomically (hidden temporary file, fsync, rename without replacing),
/// so the receipt computer never sees a partial file. Each file gets the reader's next sequence number.
/// </summary>
public sealed class FaceResultWriter(string faceFolder, XmlCharacterCode characterCode)
{
    private int _sequence;

    public string Folder { get; } = faceFolder;

    public string Write(FaceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(result.ReaderId, result.Qualification.ProcessedAt, FaceResultXml.Build(result, characterCode));
    }

    /// <summary>Writes the file of a check the national service refused (<see cref="FaceResultXml.BuildRefusal"/>).</summary>
    public string WriteRefusal(string readerId, string medicalInstitutionCode, DateTimeOffset processedAt, string errorCode, string errorMessage) =>
        Write(readerId, processedAt, FaceResultXml.BuildRefusal(medicalInstitutionCode, processedAt, errorCode, errorMessage, characterCode));

    private string Write(string readerId, DateTimeOffset processedAt, System.Xml.Linq.XDocument document)
    {
        byte[] bytes = XmlDocumentEncoder.Encode(document, characterCode);
        while (true)
        {
            string name = FaceResultXml.FileName(readerId, Interlocked.Increment(ref _sequence), processedAt);
            string path = Path.Combine(Folder, name);
            if (File.Exists(path)) continue;
            AtomicFileWriter.Write(path, bytes);
            return name;
        }
    }
}
