using MynaGate.Hosting;

namespace MynaGate.Reader.Host;

/// <summary>mynagate-reader: what it is, its keys and its services.</summary>
public static class ReaderHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-reader",
        "one face-authenticated My Number Card reader unit: card slot, cameras, kiosk screen and the link to its terminal",
        """
          Reader:Id, Reader:Serial      the unit's id (R01) and serial number (required)
          Reader:StateDirectory         its TLS identity and pairing (required)
          Reader:CardReader             the PC/SC reader of the card slot, or * for whichever a card is placed in (default *)
          Reader:FaceCamera:Device | :Folder, Reader:CardCamera:Device | :Folder
                                        a V4L2 device or an image-sequence folder each (required); :Width, :Height, :FramesPerSecond
          Reader:SmartphoneReader       the PC/SC reader smartphones are held over (default none)
          Reader:LinkListen             address:port the terminal connects to (default 0.0.0.0:47201)
          Reader:CardFaceRootKeyFile    PEM public key that certifies card faces (required)
          Reader:ModelsDirectory        the face and OCR models (required)
          Reader:Kiosk:Port, :DebugMode, :Voice, :LivePreview
                                        the screen on 127.0.0.1 (default 47101, false, true, true)
          Reader:Flow:ConsentSet | :Consents, :PrescriptionChoice, :PaperForms, :ReadCardFaceOnPlacement, :FaceAttempts,
          Reader:Flow:InputTimeoutSeconds, :TerminalTimeoutSeconds, :CardNotDetectedSeconds
                                        the screens a patient goes through (docs/configuration.md)
          Reader:PaperMode, Reader:VisualCheck
                                        公費 paper mode and 目視確認 until the console says otherwise (default false)
        """,
        47180,
        builder => builder.AddValidatedService<ReaderHostOptions, ReaderHostOptionsValidator, ReaderHostedService>(ReaderHostOptions.Section, "reader"));
}
