using System.Globalization;
using MynaGate.Hosting.Settings;

namespace MynaGate.Onshi.Host;

/// <summary>Every key of mynagate-onshi, declared once; defaults come from the options they configure.</summary>
public static class OnshiSettingsCatalogue
{
    private const string S = OnshiHostOptions.Section;
    private static readonly OnshiHostOptions Defaults = new();

    public static readonly Setting ResponseDelayMs = new($"{S}:ResponseDelayMs", Defaults.ResponseDelayMs.ToString(CultureInfo.InvariantCulture),
        "added before every answer, to play a slow national service") { Min = 0, Max = 60_000, Japanese = "すべての応答の前に加える待ち時間 (遅い国のサービスを演じる)" };

    public static readonly SettingCatalogue Catalogue = new("mynagate-onshi", S,
    [
        new($"{S}:Listen", $"`{Defaults.Listen}`", "its HTTPS API") { Example = "0.0.0.0:47443", Japanese = "HTTPS の API" },
        new($"{S}:StateDirectory", "required", "its TLS key and SQLite store") { Example = "/var/lib/mynagate/onshi", Japanese = "TLS 鍵と SQLite のストア" },
        new($"{S}:AuthorityDirectory", "required", "the test JPKI authority whose cards it accepts (made on first start); `card-face-root.pem` is exported there") { Example = "/var/lib/mynagate/onshi/jpki-ca", Japanese = "受け付けるカードのテスト用 JPKI 認証局 (初回起動で作成)。`card-face-root.pem` をここに出力します" },
        new($"{S}:ConnectionString", "none", "PostgreSQL instead of SQLite") { Secret = true, Japanese = "SQLite ではなく PostgreSQL" },
        ResponseDelayMs,
        new($"{S}:Terminals:N:CertificatePin", "none", "a terminal it answers: its certificate pin (the terminal logs it at start)") { Example = new string('0', 64), Japanese = "応答する端末: その証明書のピン (端末は起動時にログに出します)" },
        new($"{S}:Terminals:N:MedicalInstitutionCode", "none", "and its 医療機関コード") { Example = "1311111114", Japanese = "とその医療機関コード" },
    ],
    []);
}
