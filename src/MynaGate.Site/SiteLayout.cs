namespace MynaGate.Site;

/// <summary>
/// Where a chain keeps its state: identities, pairings, stores, virtual cards and the Face folder the receipt computer
/// reads. One place, so the chain and <c>mynagate doctor</c> look at the same files.
/// </summary>
public sealed record SiteLayout(string StateDirectory)
{
    public string FaceFolder => Path.Combine(StateDirectory, "OQS", "Face");

    /// <summary>Where the terminal writes 公費 paper mode's certificate XML: its default, beside the Face folder.</summary>
    public string CertificateFolder => Path.Combine(StateDirectory, "OQS", "MynaGateCert");

    public string OnshiFolder => Path.Combine(StateDirectory, "onshi");

    public string OnshiIdentity => Path.Combine(OnshiFolder, "identity.pfx");

    public string TerminalFolder => Path.Combine(StateDirectory, "terminal");

    public string TerminalIdentity => Path.Combine(TerminalFolder, "identity.pfx");

    /// <summary>The terminal's list of paired readers (kept by <c>TerminalService</c>).</summary>
    public string PairedReaders => Path.Combine(TerminalFolder, "paired-readers.json");

    public string VirtualCards => Path.Combine(StateDirectory, "virtual-cards");

    /// <summary>R01, R02, … for reader index 0, 1, ….</summary>
    public static string ReaderId(int index) => $"R{index + 1:D2}";

    public string ReaderFolder(string readerId) => Path.Combine(StateDirectory, "readers", readerId);

    /// <summary>A reader's image-sequence camera folder ("card" or "face") when it runs as a process of its own.</summary>
    public string ReaderCamera(string readerId, string camera) => Path.Combine(ReaderFolder(readerId), "cameras", camera);

    /// <summary>The configuration file a deployed host is started with (mynagate-onshi, mynagate-terminal, mynagate-reader-R01).</summary>
    public string ConfigFile(string name) => Path.Combine(StateDirectory, "config", name + ".json");

    /// <summary>The terminal a reader trusts (kept by <c>PairingState</c>).</summary>
    public string ReaderPairing(string readerId) => Path.Combine(ReaderFolder(readerId), "paired-terminal.json");
}
