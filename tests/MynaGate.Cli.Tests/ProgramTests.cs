namespace MynaGate.Cli.Tests;

public sealed class ProgramTests
{
    [Theory]
    [InlineData(0, new[] { "--help" })]
    [InlineData(2, new[] { "frobnicate" })]
    [InlineData(2, new[] { "card", "demo", "--seed" })]
    [InlineData(2, new[] { "demo", "--nonsense", "1" })]
    public async Task Main_exit_codes(int expected, string[] args) => Assert.Equal(expected, await Program.Main(args));
}
