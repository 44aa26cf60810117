using MynaGate.Certificates;
using MynaGate.Hosting;
using MynaGate.Link.Messages;
using MynaGate.Link.Pairing;
using MynaGate.Onshi.Contract;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Host;

public sealed class ReaderHostOptionsValidator : KeyedOptionsValidator<ReaderHostOptions>
{
    protected override IEnumerable<string> Problems(ReaderHostOptions options)
    {
        const string s = ReaderHostOptions.Section;
        if (!DeviceNames.IsReaderId(options.Id))
            yield return $"{s}:Id must be 1–{DeviceNames.MaxIdLength} letters, digits or '-' (such as R01)";
        if (!DeviceNames.IsSerial(options.Serial))
            yield return $"{s}:Serial must be 1–{DeviceNames.MaxSerialLength} letters, digits or '-'";
        if (string.IsNullOrWhiteSpace(options.StateDirectory)) yield return $"{s}:StateDirectory must name the reader's data folder";
        if (string.IsNullOrWhiteSpace(options.CardReader)) yield return $"{s}:CardReader must name the PC/SC reader of the card slot (mynagate doctor lists them), or be * for whichever reader a card is placed in";
        if (options.SmartphoneReader is { } phone && (phone == ReaderHostOptions.AnyCardReader || (phone.Length > 0 && phone.Trim().Length == 0)))
            yield return $"{s}:SmartphoneReader must name the PC/SC reader smartphones are held over (mynagate doctor lists them), or be left empty for none";
        else if (options.SmartphoneReader is { Length: > 0 } && options.SmartphoneReader == options.CardReader)
            yield return $"{s}:SmartphoneReader must be another reader than {s}:CardReader (both were '{options.SmartphoneReader}')";
        foreach (var problem in Camera($"{s}:FaceCamera", options.FaceCamera).Concat(Camera($"{s}:CardCamera", options.CardCamera))) yield return problem;
        if (ListenAddress.Problem($"{s}:LinkListen", options.LinkListen) is { } link) yield return link;
        if (!File.Exists(options.CardFaceRootKeyFile)) yield return $"{s}:CardFaceRootKeyFile must name the card-face root public key (PEM) (was '{options.CardFaceRootKeyFile}')";
        if (!Directory.Exists(options.ModelsDirectory)) yield return $"{s}:ModelsDirectory must name the face and OCR models' folder (was '{options.ModelsDirectory}')";
        if (FaceRecognizerProblem($"{s}:FaceRecognizer", options) is { } recognizer) yield return recognizer;
        if (options.Kiosk.Port is < 0 or > 65535) yield return $"{s}:Kiosk:Port must be 0–65535 (was {options.Kiosk.Port})";
        foreach (var problem in Flow($"{s}:Flow", options.Flow)) yield return problem;
    }

    private static string? FaceRecognizerProblem(string key, ReaderHostOptions options)
    {
        var engine = FaceEngineOptions.Default();
        if (options.FaceRecognizer.Length == 0) return null;
        var descriptor = engine.Recognizers.FirstOrDefault(r => r.Name == options.FaceRecognizer);
        if (descriptor is null)
            return $"{key} must name a recognizer of the face engine ({string.Join(", ", engine.Recognizers.Select(r => r.Name))}) or be empty (was '{options.FaceRecognizer}')";
        if (descriptor.IsResearchOnly && !options.AllowResearchOnlyRecognizer)
            return $"{key}: {descriptor.Name} is licensed for research only; it runs only with {ReaderHostOptions.Section}:AllowResearchOnlyRecognizer set to true, and may not be used in a clinic without its maker's licence";
        return null;
    }

    private static IEnumerable<string> Flow(string key, FlowSettings flow)
    {
        if (flow.ConsentSet is { } set && !ConsentSets.ByName.ContainsKey(set))
            yield return $"{key}:ConsentSet must name a national set ({string.Join(", ", ConsentSets.ByName.Keys)}) (was '{set}')";
        if (flow.ConsentSet is not null && flow.Consents is not null)
            yield return $"{key}: give ConsentSet or Consents, not both";
        if (flow.Consents is { } consents && (consents.Count == 0 || consents.Distinct().Count() != consents.Count || consents.Any(c => !Enum.IsDefined(c))))
            yield return $"{key}:Consents must list each consent screen at most once, at least one ({string.Join(", ", Enum.GetNames<ConsentItem>())})";
        if (flow.PaperForms is { } forms && (forms.Count == 0 || forms.Distinct().Count() != forms.Count || forms.Any(f => !Enum.IsDefined(f))))
            yield return $"{key}:PaperForms must list each certificate at most once, at least one ({string.Join(", ", Enum.GetNames<CertificateForm>())})";
        if (flow.FaceAttempts is < 1 or > 5) yield return $"{key}:FaceAttempts must be 1–5 (was {flow.FaceAttempts})";
        // one range with the console's (ReaderSettings): 15 s at least, as a consent read aloud in the accessible mode takes longer than 10
        if (flow.InputTimeoutSeconds is { } input && (input < ReaderSettings.MinInputTimeout.TotalSeconds || input > ReaderSettings.MaxInputTimeout.TotalSeconds))
            yield return $"{key}:InputTimeoutSeconds must be {ReaderSettings.MinInputTimeout.TotalSeconds:0}–{ReaderSettings.MaxInputTimeout.TotalSeconds:0} (was {input})";
        if (flow.CardNotDetectedSeconds is < 0 or > 60) yield return $"{key}:CardNotDetectedSeconds must be 0 (off) to 60 (was {flow.CardNotDetectedSeconds})";
        if (flow.TerminalTimeoutSeconds is < 2 or > 120) yield return $"{key}:TerminalTimeoutSeconds must be 2–120 (was {flow.TerminalTimeoutSeconds})";
    }

    private static IEnumerable<string> Camera(string key, CameraSettings camera)
    {
        bool device = !string.IsNullOrWhiteSpace(camera.Device), folder = !string.IsNullOrWhiteSpace(camera.Folder);
        if (device == folder) yield return $"{key} needs exactly one of Device (a V4L2 device) or Folder (an image sequence)";
        if (folder && !Directory.Exists(camera.Folder)) yield return $"{key}:Folder {camera.Folder} does not exist";
        if (camera.Width is < 160 or > 4096 || camera.Height is < 120 or > 4096) yield return $"{key}:Width and Height must be 160–4096 and 120–4096";
        if (camera.FramesPerSecond is < 1 or > 60 || double.IsNaN(camera.FramesPerSecond)) yield return $"{key}:FramesPerSecond must be 1–60";
    }
}
