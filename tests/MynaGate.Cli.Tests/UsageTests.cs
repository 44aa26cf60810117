namespace MynaGate.Cli.Tests;

/// <summary>Bad usage exits 2 with a message on stderr; --help exits 0 with the usage on stdout.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ocr", "card")]
    [InlineData("ocr", "card", "a.jpg", "--colour", "red")]
    [InlineData("ocr", "cert", "a.jpg", "--form", "passport")]
    [InlineData("ocr", "card", "a.jpg", "--today", "21/11/2026")]
    [InlineData("face", "compare", "only-one.jpg")]
    [InlineData("xml", "check")]
    [InlineData("card", "info", "extra")]
    [InlineData("card", "info", "--reader")]
    [InlineData("doctor", "extra")]
    [InlineData("doctor", "--state")]
    public async Task Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var run = await Toolbox.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches("^(mynagate: |usage: )", run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("card", "info")]
    [InlineData("ocr", "card")]
    [InlineData("ocr", "cert")]
    [InlineData("face", "compare")]
    [InlineData("xml", "check")]
    [InlineData("doctor")]
    [InlineData("vcard")]
    public async Task Every_command_has_help(params string[] command)
    {
        var run = await Toolbox.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"usage: mynagate {string.Join(' ', command)}", run.Output);
        Assert.Contains("exit code", run.Output);
    }
}
