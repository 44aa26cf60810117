using MynaGate.Hosting;

namespace MynaGate.Onshi.Host;

/// <summary>mynagate-onshi: what it is, its keys and its services.</summary>
public static class OnshiHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-onshi",
        "emulator of the national online qualification service, for testing readers, terminals and receipt computers",
        """
          Onshi:Listen                  address:port of its HTTPS API (default 127.0.0.1:47443)
          Onshi:StateDirectory          its TLS identity and SQLite store (required)
          Onshi:AuthorityDirectory      the test JPKI authority whose cards it accepts (required; made on first start)
          Onshi:ConnectionString        PostgreSQL instead of SQLite (default none)
          Onshi:ResponseDelayMs         added before each answer (default 0)
          Onshi:Terminals:N:CertificatePin, Onshi:Terminals:N:MedicalInstitutionCode
                                        the terminals it answers
        """,
        47182,
        builder => builder.AddValidatedService<OnshiHostOptions, OnshiHostOptionsValidator, OnshiHostedService>(OnshiHostOptions.Section, "national-service"));
}
