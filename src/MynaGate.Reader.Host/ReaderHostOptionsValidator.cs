using MynaGate.Hosting;

namespace MynaGate.Reader.Host;

public sealed class ReaderHostOptionsValidator : KeyedOptionsValidator<ReaderHostOptions>
{
    protected override IEnumerable<string> Problems(ReaderHostOptions options)
    {
        const string s = ReaderHostOptions.Section;
        if (options.Id is not { Length: > 0 and <= 16 } || !options.Id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            yield return $"{s}:Id must be 1–16 letters, digits or '-' (such as R01)";
        if (options.Serial is not { Length: > 0 and <= 32 } || !options.Serial.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            yield return $"{s}:Serial must be 1–32 letters, digits or '-'";
        if (string.IsNullOrWhiteSpace(options.StateDirectory)) yield return $"{s}:StateDirectory must name the reader's data folder";
        if (string.IsNullOrWhiteSpace(options.CardReader)) yield return $"{s}:CardReader must name the PC/SC reader of the card slot (mynagate doctor lists them), or be * for whichever reader a card is placed in";
        foreach (var problem in Camera($"{s}:FaceCamera", options.FaceCamera).Concat(Camera($"{s}:CardCamera", options.CardCamera))) yield return problem;
        if (ListenAddress.Problem($"{s}:LinkListen", options.LinkListen) is { } link) yield return link;
        if (!File.Exists(options.CardFaceRootKeyFile)) yield return $"{s}:CardFaceRootKeyFile must name the card-face root public key (PEM) (was '{options.CardFaceRootKeyFile}')";
        if (!Directory.Exists(options.ModelsDirectory)) yield return $"{s}:ModelsDirectory must name the face models' folder (was '{options.ModelsDirectory}')";
        if (options.Kiosk.Port is < 0 or > 65535) yield return $"{s}:Kiosk:Port must be 0–65535 (was {options.Kiosk.Port})";
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
