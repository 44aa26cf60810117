namespace MynaGate.Onshi.Host;

/// <summary>The "Onshi" section of the emulator's configuration.</summary>
public sealed class OnshiHostOptions
{
    public const string Section = "Onshi";

    /// <summary>address:port it serves HTTPS on.</summary>
    public string Listen { get; set; } = "127.0.0.1:47443";

    /// <summary>Its TLS identity (identity.pfx) and, without a connection string, its SQLite store live here.</summary>
    public string StateDirectory { get; set; } = "";

    /// <summary>The test JPKI authority whose cards it accepts (made there on first start); its card-face root public key is exported there as card-face-root.pem for the readers.</summary>
    public string AuthorityDirectory { get; set; } = "";

    /// <summary>PostgreSQL instead of SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Added before every answer, to play a slow national service.</summary>
    public int ResponseDelayMs { get; set; }

    /// <summary>The terminals it answers: each one's TLS certificate pin and 医療機関コード.</summary>
    public List<RegisteredTerminal> Terminals { get; set; } = [];
}

/// <summary>A terminal the emulator answers, as the real service knows the institution's registered terminal.</summary>
public sealed class RegisteredTerminal
{
    /// <summary>SHA-256 of the terminal's certificate, 64 hex digits (the terminal logs it at start).</summary>
    public string CertificatePin { get; set; } = "";

    /// <summary>医療機関コード, 10 digits.</summary>
    public string MedicalInstitutionCode { get; set; } = "";
}
