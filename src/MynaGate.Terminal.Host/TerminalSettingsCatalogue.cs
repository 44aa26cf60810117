using System.Globalization;
using MynaGate.Hosting.Settings;

namespace MynaGate.Terminal.Host;

/// <summary>Every key of mynagate-terminal, declared once; defaults come from the options they configure.</summary>
public static class TerminalSettingsCatalogue
{
    private const string S = TerminalHostOptions.Section;
    private static readonly TerminalHostOptions Defaults = new();

    public static readonly Setting NationalServiceTimeoutSeconds = new($"{S}:NationalService:TimeoutSeconds",
        Text(Defaults.NationalService.TimeoutSeconds), "how long the terminal waits for the national service's answer") { Example = 10, Min = 1, Max = 120, Japanese = "国のサービスの応答を待つ時間" };

    public static readonly Setting NationalServiceOutageAfterFailures = new($"{S}:NationalService:OutageAfterFailures",
        Text(Defaults.NationalService.OutageAfterFailures), "calls or probes failing in a row (no connection, no answer in time, HTTP 5xx) before the national service is called down and every reader shows the outage (R43)")
    { Example = 3, Min = 1, Max = 20, Japanese = "国のサービスを停止中とみなすまでの連続失敗 (接続できない、時間内に応答がない、HTTP 5xx) の回数。停止中はすべてのリーダーが停止の画面を出します (R43)" };

    public static readonly Setting NationalServiceProbeSeconds = new($"{S}:NationalService:ProbeSeconds",
        Text(Defaults.NationalService.ProbeSeconds), "how often the national service's health is asked while it is up; while it is down, every 5 s, so service returns by itself")
    { Example = 30, Min = 5, Max = 600, Japanese = "国のサービスが動いている間に状態を確かめる間隔。停止中は 5 秒ごとに確かめ、応答があれば自動で復旧します" };

    public static readonly Setting LicensedReaders = new($"{S}:LicensedReaders", Text(Defaults.LicensedReaders),
        "readers the licence allows (R21)") { Example = 4, Min = 1, Max = 64, Japanese = "ライセンスで使えるリーダーの台数 (R21)" };

    public static readonly SettingCatalogue Catalogue = new("mynagate-terminal", S,
    [
        new($"{S}:StateDirectory", "required", "its TLS key, pairings, reader settings, console accounts and keys, and (SQLite) the log") { Example = @"C:\ProgramData\MynaGate\terminal", Japanese = "TLS 鍵、ペアリング、リーダーの設定、コンソールのアカウントとキー、(SQLite の場合) ログを置くフォルダ" },
        new($"{S}:FaceFolder", "required", "where result XML is written for the receipt computer (`C:\\OQS\\Face`)") { Example = @"C:\OQS\Face", Japanese = "レセプトコンピュータ向けに結果 XML を書くフォルダ (`C:\\OQS\\Face`)" },
        new($"{S}:CertificateFolder", "`MynaGateCert` beside the Face folder", "where 公費 paper mode's certificate XML (`MynaGateCert01res_*.xml`, docs/ocr-xml.md) is written; never the Face folder, which holds the national interface's files only") { Japanese = "公費の紙モードの受給者証 XML (`MynaGateCert01res_*.xml`、docs/ocr-xml.md) を書くフォルダ。国の連携のファイルだけを置く Face フォルダは不可", DefaultJapanese = "Face フォルダと同じ階層の `MynaGateCert`" },
        new($"{S}:MedicalInstitutionCode", "required", "医療機関コード, 10 digits") { Example = "1311111114", Japanese = "医療機関コード、10 桁" },
        new($"{S}:NationalService:Url", "required", "`https://` address of the national service") { Example = "https://onshi.example.invalid:47443/", Japanese = "オンライン資格確認 (国のサービス) の `https://` アドレス" },
        new($"{S}:NationalService:CertificatePin", "required", "SHA-256 of its TLS certificate, 64 hex digits (the emulator logs it at start)") { Example = new string('0', 64), Japanese = "その TLS 証明書の SHA-256、16 進 64 桁 (エミュレータは起動時にログに出します)" },
        NationalServiceTimeoutSeconds,
        NationalServiceOutageAfterFailures,
        NationalServiceProbeSeconds,
        LicensedReaders,
        new($"{S}:CharacterCode", $"`{Defaults.CharacterCode}`", "result XML encoding: `Utf8` or `ShiftJis`") { Example = "Utf8", Japanese = "結果 XML の文字コード: `Utf8` または `ShiftJis`" },
        new($"{S}:ConnectionString", "none", "PostgreSQL for the log instead of SQLite (`Host=…;Database=…;Username=…`)") { Secret = true, Japanese = "ログを SQLite ではなく PostgreSQL に置く (`Host=…;Database=…;Username=…`)", DefaultJapanese = "なし" },
        new($"{S}:Name", $"`{Defaults.Name}`", "the terminal's name, 1–64 characters") { Example = "uketsuke-1", Japanese = "端末の名前、1〜64 文字" },
        new($"{S}:Console:Listen", $"`{Defaults.Console.Listen}`", "the management console") { Example = "0.0.0.0:47100", Japanese = "管理コンソール" },
        new($"{S}:Console:Https", Defaults.Console.Https ? "`true`" : "`false`", "`false` serves plain HTTP and is allowed on `127.0.0.1` only") { Example = true, Japanese = "`false` は平文の HTTP で、`127.0.0.1` でのみ可" },
        new($"{S}:Console:CertificateFile", "none", "PKCS#12 for the console; without one a self-signed certificate is made once in the state folder and its fingerprint logged") { Japanese = "コンソールの PKCS#12。なければ自己署名の証明書を状態フォルダに一度だけ作り、指紋をログに出します" },
        new($"{S}:Console:CertificatePassword", "none", "the file's password") { Secret = true, Japanese = "そのファイルのパスワード" },
    ],
    [
        "On first start with no console account, `admin` is created and its password written to `initial-admin-password.txt` in the state folder (owner-only).",
    ])
    {
        JapaneseNotes = ["コンソールのアカウントがない初回の起動で `admin` を作り、そのパスワードを状態フォルダの `initial-admin-password.txt` (所有者のみ) に書きます。"],
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
