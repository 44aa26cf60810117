using MynaGate.Certificates.Xml;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Chain;

/// <summary>
/// How a chain is set up: what the configuration files of its hosts (mynagate-onshi, mynagate-terminal, one
/// mynagate-reader per vpcd slot) say, whether they run in this process (<see cref="LocalChain"/>) or as processes
/// of their own (<see cref="DeployedChain"/>).
/// </summary>
public sealed record ChainOptions
{
    public required string StateDirectory { get; init; }
    public int Readers { get; init; } = 1;
    /// <summary>
    /// Each reader gets a 汎用 reader for smartphones (R32) on a vpcd slot of its own: reader i's is slot 8 + i, so a
    /// chain with them has at most <see cref="ChainConfiguration.MaxReadersWithSmartphones"/> readers.
    /// </summary>
    public bool SmartphoneReaders { get; init; }
    public ChainPorts Ports { get; init; } = ChainPorts.Any;
    /// <summary>Each host's /health port: the emulator's, the terminal's, then reader i's at + 2 + i; 0 lets each pick one.</summary>
    public int FirstHealthPort { get; init; }
    /// <summary>The kiosk screen's switches (Reader:Kiosk); its serial is each reader's own.</summary>
    public KioskOptions Kiosk { get; init; } = new();
    /// <summary>The flow's settings (Reader:Flow, Reader:PaperMode, Reader:VisualCheck); LivePreview is Reader:Kiosk:LivePreview.</summary>
    public FlowOptions Flow { get; init; } = new() { LivePreview = true };
    public string MedicalInstitutionCode { get; init; } = "1311111114";
    public XmlCharacterCode CharacterCode { get; init; } = XmlCharacterCode.Utf8;
    public int LicensedReaders { get; init; } = 16;
    public TimeSpan NationalServiceDelay { get; init; }
    public TimeSpan NationalServiceTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Terminal:NationalService:OutageAfterFailures (R43).</summary>
    public int NationalServiceOutageAfterFailures { get; init; } = 3;
    /// <summary>Terminal:NationalService:ProbeSeconds (R43), whole seconds.</summary>
    public TimeSpan NationalServiceProbe { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>PostgreSQL for the emulator's store and the terminal's log; SQLite files when null.</summary>
    public string? ConnectionString { get; init; }
    /// <summary>A console account made before the terminal starts, as an installer would (none: the terminal makes its initial admin).</summary>
    public (string Name, string Password)? Admin { get; init; }
    /// <summary>Variables added to each host process's environment (<see cref="DeployedChain"/> only): the soak's MALLOC_ARENA_MAX.</summary>
    public IReadOnlyDictionary<string, string>? ProcessEnvironment { get; init; }
}
