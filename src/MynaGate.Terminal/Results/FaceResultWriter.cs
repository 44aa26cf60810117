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
        byte[] bytes = XmlDocumentEncoder.Encode(FaceResultXml.Build(result, characterCode), characterCode);
        while (true)
        {
            string name = FaceResultXml.FileName(result.ReaderId, Interlocked.Increment(ref _sequence), result.Qualification.ProcessedAt);
            string path = Path.Combine(Folder, name);
            if (File.Exists(path)) continue;
            AtomicFileWriter.Write(path, bytes);
            return name;
        }
    }
}
