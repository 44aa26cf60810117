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
        return Write(result.ReaderId, result.Qualification.ProcessedAt, sequence => FaceResultXml.Build(result, characterCode, FaceResultXml.FileIdentifier(result.ReaderId, sequence)));
    }

    /// <summary>Writes the file of a check the national service refused (<see cref="FaceResultXml.BuildRefusal"/>).</summary>
    public string WriteRefusal(string readerId, string medicalInstitutionCode, DateTimeOffset processedAt, string errorCode, string errorMessage) =>
        Write(readerId, processedAt, _ => FaceResultXml.BuildRefusal(medicalInstitutionCode, processedAt, errorCode, errorMessage, characterCode));

    private string Write(string readerId, DateTimeOffset processedAt, Func<int, System.Xml.Linq.XDocument> document)
    {
        while (true)
        {
            int sequence = Interlocked.Increment(ref _sequence);
            string name = FaceResultXml.FileName(readerId, sequence, processedAt);
            string path = Path.Combine(Folder, name);
            if (File.Exists(path)) continue;
            AtomicFileWriter.Write(path, XmlDocumentEncoder.Encode(document(sequence), characterCode));
            return name;
        }
    }
}
