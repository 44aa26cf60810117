using System.Text;
using MynaGate.Cli.Docs;
using MynaGate.Terminal.Results;

namespace MynaGate.Cli.Tests.Docs;

/// <summary>The vendor's guide shows what the terminal writes today, and its samples pass the vendor's own check.</summary>
public sealed class FaceResultXmlDocumentTests
{
    private static string Checkout => Toolbox.Checkout;

    [Fact]
    public async Task The_committed_samples_and_the_guide_are_what_the_code_writes_today()
    {
        var check = await Toolbox.RunAsync("docs", "face-result-xml", "--check", "--root", Checkout);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public async Task Every_result_sample_passes_xml_check_and_the_shift_jis_one_is_shift_jis()
    {
        var samples = FaceResultSamples.All().Where(s => s.Name.StartsWith(FaceResultXml.FilePrefix, StringComparison.Ordinal)).ToList();
        Assert.True(samples.Count >= 3, "the guide shows at least three result samples");
        var check = await Toolbox.RunAsync(["xml", "check", .. samples.Select(s => Path.Combine(Checkout, FaceResultSamples.Folder, s.Name))]);
        Assert.True(check.ExitCode == 0, check.Output);

        var shiftJis = Assert.Single(samples, s => Encoding.ASCII.GetString(s.Bytes, 0, 60).Contains("Shift_JIS", StringComparison.OrdinalIgnoreCase));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Contains("<Name>見本　花子</Name>", Encoding.GetEncoding("shift_jis").GetString(shiftJis.Bytes), StringComparison.Ordinal);
        Assert.Contains("<InsurerNumber>  138990</InsurerNumber>", Encoding.GetEncoding("shift_jis").GetString(shiftJis.Bytes), StringComparison.Ordinal);
    }
}
