using MynaGate.Hosting;

namespace MynaGate.Terminal.Host;

/// <summary>mynagate-terminal: what it is, its keys and its services.</summary>
public static class TerminalHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-terminal",
        "the 資格確認端末 service: paired readers, the national service, result XML, the log and the management console",
        """
          Terminal:StateDirectory       identity, pairings, settings, console accounts, log (required)
          Terminal:FaceFolder           where result XML is written for the receipt computer (required)
          Terminal:MedicalInstitutionCode  医療機関コード, 10 digits (required)
          Terminal:NationalService:Url, :CertificatePin, :TimeoutSeconds
                                        the national service and its pinned certificate (required; timeout 10)
          Terminal:LicensedReaders      readers the licence allows (default 4)
          Terminal:CharacterCode        Utf8 or ShiftJis (default Utf8)
          Terminal:ConnectionString     PostgreSQL for the log (default SQLite in the state folder)
          Terminal:Name                 the terminal's name (default terminal)
          Terminal:Console:Listen       address:port of the console (default 0.0.0.0:47100)
          Terminal:Console:Https        false only on 127.0.0.1 (default true)
          Terminal:Console:CertificateFile, :CertificatePassword
                                        PKCS#12 for the console (default: self-signed, made once, fingerprint logged)
        """,
        47181,
        builder => builder.AddValidatedService<TerminalHostOptions, TerminalHostOptionsValidator, TerminalHostedService>(TerminalHostOptions.Section, "terminal"));
}
