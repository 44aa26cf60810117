using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Site;
using MynaGate.Site.Doctor;

namespace MynaGate.Cli.Tests.Doctor;

/// <summary>doctor's certificate end dates and clock skew: where ok turns into a warning and a failure.</summary>
public sealed class CertificateAndClockTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly TestFolder _temp = new();

    [Theory]
    [InlineData(400, "Ok")]
    [InlineData(31, "Ok")]
    [InlineData(29, "Warning")]
    [InlineData(-1, "Failed")]
    public void A_certificate_is_a_warning_within_30_days_of_its_end_and_a_failure_after_it(int daysLeft, string expected)
    {
        var layout = new SiteLayout(_temp.Folder("state"));
        Directory.CreateDirectory(layout.TerminalFolder);
        File.WriteAllBytes(layout.TerminalIdentity, Certificate(Now.AddDays(daysLeft)));

        var finding = Assert.Single(CertificateChecks.Run(layout, Now));

        Assert.Equal("terminal certificate", finding.Check);
        Assert.Equal(Enum.Parse<DoctorResult>(expected), finding.Result);
        Assert.Contains($"valid until {Now.AddDays(daysLeft):yyyy-MM-dd}", finding.Detail, StringComparison.Ordinal);
        Assert.Equal(finding.Result == DoctorResult.Ok, finding.Action is null);
    }

    [Fact]
    public void The_consoles_fingerprint_and_the_first_admin_password_file_are_reported()
    {
        var layout = new SiteLayout(_temp.Folder("state"));
        Directory.CreateDirectory(layout.TerminalFolder);
        byte[] console = Certificate(Now.AddYears(5));
        File.WriteAllBytes(Path.Combine(layout.TerminalFolder, "console-certificate.pfx"), console);
        File.WriteAllText(Path.Combine(layout.TerminalFolder, "initial-admin-password.txt"), "x\n");
        using var loaded = X509CertificateLoader.LoadPkcs12(console, null);

        var findings = CertificateChecks.Run(layout, Now).ToList();

        Assert.Contains(Convert.ToHexString(SHA256.HashData(loaded.RawData)), Assert.Single(findings, f => f.Check == "console certificate").Detail, StringComparison.Ordinal);
        Assert.Equal(DoctorResult.Warning, Assert.Single(findings, f => f.Check == "console account").Result);
    }

    [Theory]
    [InlineData(0, "Ok")]
    [InlineData(59, "Ok")]
    [InlineData(-61, "Warning")]
    [InlineData(299, "Warning")]
    [InlineData(300, "Failed")]
    [InlineData(-3600, "Failed")]
    public void A_clock_a_minute_away_is_a_warning_and_five_minutes_the_terminals_refusal(int secondsAhead, string expected)
    {
        var finding = ClockChecks.Judge("reader R01", Now, Now.AddSeconds(secondsAhead));

        Assert.Equal(Enum.Parse<DoctorResult>(expected), finding.Result);
        Assert.Contains(secondsAhead >= 0 ? "ahead of" : "behind", finding.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static byte[] Certificate(DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=MynaGate test", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(notAfter.AddYears(-1), notAfter);
        return certificate.Export(X509ContentType.Pkcs12);
    }
}
