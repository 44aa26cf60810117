using MynaGate.Terminal;
using MynaGate.Terminal.Host;

namespace MynaGate.Cli.Tests.Hosts;

/// <summary>公費 paper mode's certificate XML has a folder of its own, never the Face folder.</summary>
public sealed class CertificateFolderTests
{
    [Theory]
    [InlineData("/srv/OQS/Face", "/srv/OQS/MynaGateCert")]
    [InlineData("/srv/OQS/Face/", "/srv/OQS/MynaGateCert")]
    public void By_default_it_is_MynaGateCert_beside_the_face_folder(string face, string expected) =>
        Assert.Equal(expected, TerminalOptions.DefaultCertificateFolder(face));

    [Theory]
    [InlineData("/srv/OQS/Face")]
    [InlineData("/srv/OQS/Face/")]
    [InlineData("/srv/OQS/../OQS/Face")]
    public void A_terminal_configured_to_write_certificates_into_the_face_folder_does_not_start(string certificates)
    {
        var result = Validate(new TerminalHostOptions { FaceFolder = "/srv/OQS/Face", CertificateFolder = certificates });

        Assert.Contains(result, p => p.StartsWith("Terminal:CertificateFolder must be another folder than Terminal:FaceFolder", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_folder_is_taken()
    {
        var result = Validate(new TerminalHostOptions { FaceFolder = "/srv/OQS/Face", CertificateFolder = "/srv/OQS/Certificates" });

        Assert.DoesNotContain(result, p => p.StartsWith("Terminal:CertificateFolder", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Validate(TerminalHostOptions options)
    {
        var result = new TerminalHostOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    }
}
