using MynaGate.Certificates;
using MynaGate.Hosting;
using MynaGate.Hosting.Settings;
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
        foreach (var problem in Camera($"{s}:FaceCamera", options.FaceCamera).Concat(Camera($"{s}:CardCamera", options.CardCamera))) yield return problem;
        if (ListenAddress.Problem($"{s}:LinkListen", options.LinkListen) is { } link) yield return link;
        if (!File.Exists(options.CardFaceRootKeyFile)) yield return $"{s}:CardFaceRootKeyFile must name the card-face root public key (PEM) (was '{options.CardFaceRootKeyFile}')";
        if (!Directory.Exists(options.ModelsDirectory)) yield return $"{s}:ModelsDirectory must name the face and OCR models' folder (was '{options.ModelsDirectory}')";
        if (FaceRecognizerProblem($"{s}:FaceRecognizer", options) is { } recognizer) yield return recognizer;
        if (ReaderSettingsCatalogue.KioskPort.RangeProblem(options.Kiosk.Port) is { } port) yield return port;
        if (options.Kiosk.JapaneseVoiceFile is { Length: > 0 } voice && ReaderHostedService.JapaneseVoiceOf(voice).Problem() is { } missing)
            yield return $"{s}:Kiosk:JapaneseVoiceFile: {missing}";
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
        foreach (var (setting, value) in new (Setting, int?)[]
        {
            (ReaderSettingsCatalogue.FaceAttempts, flow.FaceAttempts),
            (ReaderSettingsCatalogue.InputTimeoutSeconds, flow.InputTimeoutSeconds),
            (ReaderSettingsCatalogue.CardNotDetectedSeconds, flow.CardNotDetectedSeconds),
            (ReaderSettingsCatalogue.TerminalTimeoutSeconds, flow.TerminalTimeoutSeconds),
        })
        {
            if (setting.RangeProblem(value) is { } problem) yield return problem;
        }
    }

    private static IEnumerable<string> Camera(string key, CameraSettings camera)
    {
        bool device = !string.IsNullOrWhiteSpace(camera.Device), folder = !string.IsNullOrWhiteSpace(camera.Folder);
        if (device == folder) yield return $"{key} needs exactly one of Device (a V4L2 device) or Folder (an image sequence)";
        if (folder && !Directory.Exists(camera.Folder)) yield return $"{key}:Folder {camera.Folder} does not exist";
        foreach (var (name, value) in new[] { ("Width", (double)camera.Width), ("Height", camera.Height), ("FramesPerSecond", camera.FramesPerSecond) })
        {
            if (ReaderSettingsCatalogue.Catalogue[$"{key}:{name}"].RangeProblem(value) is { } problem) yield return problem;
        }
    }
}
