using MynaGate.Certificates.Xml;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Chain;

/// <summary>How the local chain is set up.</summary>
public sealed record ChainOptions
{
    public required string StateDirectory { get; init; }
    public int Readers { get; init; } = 1;
    public ChainPorts Ports { get; init; } = ChainPorts.Any;
    /// <summary>Serve each reader's kiosk screen on loopback (the demo, the browser tests).</summary>
    public bool Kiosks { get; init; }
    public KioskOptions Kiosk { get; init; } = new();
    /// <summary>Serve the terminal's management console (the demo, the browser tests).</summary>
    public bool Console { get; init; }
    public FlowOptions Flow { get; init; } = new();
    public string MedicalInstitutionCode { get; init; } = "1311111114";
    public XmlCharacterCode CharacterCode { get; init; } = XmlCharacterCode.Utf8;
    public int LicensedReaders { get; init; } = 16;
    public TimeSpan NationalServiceDelay { get; init; }
    public TimeSpan NationalServiceTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>PostgreSQL for the emulator's store and the terminal's log; SQLite files when null.</summary>
    public string? ConnectionString { get; init; }
}
