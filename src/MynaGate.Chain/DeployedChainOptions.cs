namespace MynaGate.Chain;

/// <summary>How a <see cref="DeployedChain"/> is set up: what the generated configuration files say.</summary>
public sealed record DeployedChainOptions
{
    public required string StateDirectory { get; init; }
    public int Readers { get; init; } = 1;
    public required ChainPorts Ports { get; init; }
    /// <summary>Each host's /health port: the emulator's, the terminal's, then reader i's at + 2 + i.</summary>
    public required int FirstHealthPort { get; init; }
    public string MedicalInstitutionCode { get; init; } = "1311111114";
    public bool PaperMode { get; init; }
    public bool VisualCheck { get; init; }
    public bool DebugMode { get; init; }
    /// <summary>The console account made before the terminal starts, and its password.</summary>
    public required string AdminName { get; init; }
    public required string AdminPassword { get; init; }
}
