using MynaGate.Hosting;

namespace MynaGate.Onshi.Host;

public sealed class OnshiHostOptionsValidator : KeyedOptionsValidator<OnshiHostOptions>
{
    protected override IEnumerable<string> Problems(OnshiHostOptions options)
    {
        const string s = OnshiHostOptions.Section;
        if (ListenAddress.Problem($"{s}:Listen", options.Listen) is { } listen) yield return listen;
        if (string.IsNullOrWhiteSpace(options.StateDirectory)) yield return $"{s}:StateDirectory must name the emulator's data folder";
        if (string.IsNullOrWhiteSpace(options.AuthorityDirectory)) yield return $"{s}:AuthorityDirectory must name the test JPKI authority's folder";
        if (OnshiSettingsCatalogue.ResponseDelayMs.RangeProblem(options.ResponseDelayMs) is { } delay) yield return delay;
        for (int i = 0; i < options.Terminals.Count; i++)
        {
            var terminal = options.Terminals[i];
            if (terminal.CertificatePin.Length != 64 || !terminal.CertificatePin.All(char.IsAsciiHexDigit))
                yield return $"{s}:Terminals:{i}:CertificatePin must be 64 hex digits (the terminal logs its pin at start)";
            if (terminal.MedicalInstitutionCode.Length != 10 || !terminal.MedicalInstitutionCode.All(char.IsAsciiDigit))
                yield return $"{s}:Terminals:{i}:MedicalInstitutionCode must be 10 digits";
        }
    }
}
