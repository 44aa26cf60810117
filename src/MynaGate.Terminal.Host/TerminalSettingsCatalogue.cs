using System.Globalization;
using MynaGate.Hosting.Settings;

namespace MynaGate.Terminal.Host;

/// <summary>Every key of mynagate-terminal, declared once; defaults come from the options they configure.</summary>
public static class TerminalSettingsCatalogue
{
    private const string S = TerminalHostOptions.Section;
    private static readonly TerminalHostOptions Defaults = new();

    public static readonly Setting NationalServiceTimeoutSeconds = new($"{S}:NationalService:TimeoutSeconds",
        Text(Defaults.NationalService.TimeoutSeconds), "how long the terminal waits for the national service's answer") { Min = 1, Max = 120 };

    public static readonly Setting LicensedReaders = new($"{S}:LicensedReaders", Text(Defaults.LicensedReaders),
        "readers the licence allows (R21)") { Min = 1, Max = 64 };

    public static readonly SettingCatalogue Catalogue = new("mynagate-terminal", S,
    [
        new($"{S}:StateDirectory", "required", "its TLS key, pairings, reader settings, console accounts and keys, and (SQLite) the log"),
        new($"{S}:FaceFolder", "required", "where result XML is written for the receipt computer (`C:\\OQS\\Face`)"),
        new($"{S}:CertificateFolder", "`MynaGateCert` beside the Face folder", "where 公費 paper mode's certificate XML (`MynaGateCert01res_*.xml`, docs/ocr-xml.md) is written; never the Face folder, which holds the national interface's files only"),
        new($"{S}:MedicalInstitutionCode", "required", "医療機関コード, 10 digits"),
        new($"{S}:NationalService:Url", "required", "`https://` address of the national service"),
        new($"{S}:NationalService:CertificatePin", "required", "SHA-256 of its TLS certificate, 64 hex digits (the emulator logs it at start)"),
        NationalServiceTimeoutSeconds,
        LicensedReaders,
        new($"{S}:CharacterCode", $"`{Defaults.CharacterCode}`", "result XML encoding: `Utf8` or `ShiftJis`"),
        new($"{S}:ConnectionString", "none", "PostgreSQL for the log instead of SQLite (`Host=…;Database=…;Username=…`)") { Secret = true },
        new($"{S}:Name", $"`{Defaults.Name}`", "the terminal's name, 1–64 characters"),
        new($"{S}:Console:Listen", $"`{Defaults.Console.Listen}`", "the management console"),
        new($"{S}:Console:Https", Defaults.Console.Https ? "`true`" : "`false`", "`false` serves plain HTTP and is allowed on `127.0.0.1` only"),
        new($"{S}:Console:CertificateFile", "none", "PKCS#12 for the console; without one a self-signed certificate is made once in the state folder and its fingerprint logged"),
        new($"{S}:Console:CertificatePassword", "none", "the file's password") { Secret = true },
    ],
    [
        "On first start with no console account, `admin` is created and its password written to `initial-admin-password.txt` in the state folder (owner-only).",
    ]);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
