using System.Globalization;
using MynaGate.Hosting.Settings;

namespace MynaGate.Onshi.Host;

/// <summary>Every key of mynagate-onshi, declared once; defaults come from the options they configure.</summary>
public static class OnshiSettingsCatalogue
{
    private const string S = OnshiHostOptions.Section;
    private static readonly OnshiHostOptions Defaults = new();

    public static readonly Setting ResponseDelayMs = new($"{S}:ResponseDelayMs", Defaults.ResponseDelayMs.ToString(CultureInfo.InvariantCulture),
        "added before every answer, to play a slow national service") { Min = 0, Max = 60_000 };

    public static readonly SettingCatalogue Catalogue = new("mynagate-onshi", S,
    [
        new($"{S}:Listen", $"`{Defaults.Listen}`", "its HTTPS API"),
        new($"{S}:StateDirectory", "required", "its TLS key and SQLite store"),
        new($"{S}:AuthorityDirectory", "required", "the test JPKI authority whose cards it accepts (made on first start); `card-face-root.pem` is exported there"),
        new($"{S}:ConnectionString", "none", "PostgreSQL instead of SQLite") { Secret = true },
        ResponseDelayMs,
        new($"{S}:Terminals:N:CertificatePin", "none", "a terminal it answers: its certificate pin (the terminal logs it at start)"),
        new($"{S}:Terminals:N:MedicalInstitutionCode", "none", "and its 医療機関コード"),
    ],
    []);
}
