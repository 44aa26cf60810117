using MynaGate.Certificates.Xml;

namespace MynaGate.Terminal.Host;

/// <summary>The "Terminal" section of the terminal's configuration.</summary>
public sealed class TerminalHostOptions
{
    public const string Section = "Terminal";

    /// <summary>Identity, pairings, settings, console accounts and (without a connection string) the log live here.</summary>
    public string StateDirectory { get; set; } = "";

    /// <summary>The folder the receipt computer reads (C:\OQS\Face on a real terminal).</summary>
    public string FaceFolder { get; set; } = "";

    /// <summary>Where 公費 paper mode's certificate XML goes; MynaGateCert beside the Face folder when unset.</summary>
    public string? CertificateFolder { get; set; }

    /// <summary>医療機関コード, 10 digits.</summary>
    public string MedicalInstitutionCode { get; set; } = "";

    public NationalServiceSettings NationalService { get; set; } = new();

    /// <summary>How many readers the licence allows (R21).</summary>
    public int LicensedReaders { get; set; } = 4;

    public XmlCharacterCode CharacterCode { get; set; } = XmlCharacterCode.Utf8;

    /// <summary>PostgreSQL for the log instead of SQLite in the state folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The terminal's name in the readers' logs.</summary>
    public string Name { get; set; } = "terminal";

    public ConsoleSettings Console { get; set; } = new();
}

/// <summary>"Terminal:NationalService": where the national service is and the certificate it must present.</summary>
public sealed class NationalServiceSettings
{
    public string Url { get; set; } = "";

    /// <summary>SHA-256 of its TLS certificate, 64 hex digits.</summary>
    public string CertificatePin { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Calls or probes failing in a row before the service is called down and every reader shows the outage (R43).</summary>
    public int OutageAfterFailures { get; set; } = 3;

    /// <summary>How often its health route is asked while it is up (R43); while it is down, every 5 s.</summary>
    public int ProbeSeconds { get; set; } = 30;
}

/// <summary>"Terminal:Console": the management console's address and TLS certificate.</summary>
public sealed class ConsoleSettings
{
    public string Listen { get; set; } = "0.0.0.0:47100";

    /// <summary>False serves plain HTTP, allowed on a loopback address only.</summary>
    public bool Https { get; set; } = true;

    /// <summary>A PKCS#12 file; without one a self-signed certificate is made in the state folder at first start and its fingerprint logged.</summary>
    public string? CertificateFile { get; set; }

    public string? CertificatePassword { get; set; }
}
