using MynaGate.Site.Commands;

namespace MynaGate.Cli.Tests.Commands;

public sealed class ArgumentsTests
{
    [Fact]
    public void Parses_options_and_flags()
    {
        var arguments = new Arguments(["--seed", "7", "--show"], "--show");
        Assert.Equal(7, arguments.Number("--seed", 1));
        Assert.Equal(35963, arguments.Number("--port", 35963));
        Assert.True(arguments.Has("--show"));
    }

    [Theory]
    [InlineData("a value without option", new[] { "7" })]
    [InlineData("option without value", new[] { "--seed" })]
    public void Malformed_is_usage_error(string description, string[] args)
    {
        var e = Assert.Throws<UsageException>(() => new Arguments(args, "--show").RejectUnknown("--seed"));
        Assert.False(string.IsNullOrEmpty(e.Message), description);
    }

    [Fact]
    public void NotANumber_is_usage_error() =>
        Assert.Throws<UsageException>(() => new Arguments(["--seed", "x"]).Number("--seed", 1));

    [Fact]
    public void UnknownOption_is_usage_error() =>
        Assert.Throws<UsageException>(() => new Arguments(["--colour", "red"]).RejectUnknown("--seed"));
}
