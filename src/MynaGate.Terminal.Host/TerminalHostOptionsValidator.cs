using MynaGate.Hosting;

namespace MynaGate.Terminal.Host;

public sealed class TerminalHostOptionsValidator : KeyedOptionsValidator<TerminalHostOptions>
{
    protected override IEnumerable<string> Problems(TerminalHostOptions options)
    {
        const string s = TerminalHostOptions.Section;
        if (string.IsNullOrWhiteSpace(options.StateDirectory)) yield return $"{s}:StateDirectory must name the terminal's data folder";
        if (string.IsNullOrWhiteSpace(options.FaceFolder)) yield return $"{s}:FaceFolder must name the folder the receipt computer reads";
        else if (!string.IsNullOrWhiteSpace(options.CertificateFolder) && SameFolder(options.CertificateFolder, options.FaceFolder))
            yield return $"{s}:CertificateFolder must be another folder than {s}:FaceFolder: the Face folder holds the national interface's files only";
        if (options.MedicalInstitutionCode.Length != 10 || !options.MedicalInstitutionCode.All(char.IsAsciiDigit))
            yield return $"{s}:MedicalInstitutionCode must be the 10-digit 医療機関コード";
        if (!Uri.TryCreate(options.NationalService.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            yield return $"{s}:NationalService:Url must be an https:// address (was '{options.NationalService.Url}')";
        if (options.NationalService.CertificatePin.Length != 64 || !options.NationalService.CertificatePin.All(char.IsAsciiHexDigit))
            yield return $"{s}:NationalService:CertificatePin must be the 64 hex digits of the national service's certificate";
        if (TerminalSettingsCatalogue.NationalServiceTimeoutSeconds.RangeProblem(options.NationalService.TimeoutSeconds) is { } timeout) yield return timeout;
        if (TerminalSettingsCatalogue.NationalServiceOutageAfterFailures.RangeProblem(options.NationalService.OutageAfterFailures) is { } failures) yield return failures;
        if (TerminalSettingsCatalogue.NationalServiceProbeSeconds.RangeProblem(options.NationalService.ProbeSeconds) is { } probe) yield return probe;
        if (TerminalSettingsCatalogue.LicensedReaders.RangeProblem(options.LicensedReaders) is { } licensed) yield return licensed;
        if (!Enum.IsDefined(options.CharacterCode)) yield return $"{s}:CharacterCode must be Utf8 or ShiftJis";
        if (string.IsNullOrWhiteSpace(options.Name) || options.Name.Length > 64) yield return $"{s}:Name must be 1–64 characters";
        if (ListenAddress.Problem($"{s}:Console:Listen", options.Console.Listen) is { } listen) yield return listen;
        else if (!options.Console.Https && !ListenAddress.Parse(options.Console.Listen).Address.Equals(System.Net.IPAddress.Loopback))
            yield return $"{s}:Console:Https may be false only with a 127.0.0.1 listen address: staff passwords cross the LAN";
        if (options.Console.CertificateFile is { Length: > 0 } file && !File.Exists(file))
            yield return $"{s}:Console:CertificateFile {file} does not exist";
    }

    private static bool SameFolder(string a, string b) => string.Equals(
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
