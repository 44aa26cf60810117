using System.Text.Json;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;

namespace MynaGate.Cli.Tests;

/// <summary>`mynagate unpair` and `mynagate pair` against a running terminal's console, as an installer's script runs them.</summary>
public sealed class PairCommandTests : IDisposable
{
    private readonly TestFolder _temp = new();

    private static string StateRoot => Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";

    [Fact]
    public async Task Unpair_makes_both_sides_forget_and_pair_with_the_screen_code_brings_the_reader_back()
    {
        string state = _temp.Folder("state");
        using var slots = await VpcdLock.AcquireAsync(StateRoot, TimeSpan.FromMinutes(20));
        await using var chain = await LocalChain.StartAsync(new ChainOptions { StateDirectory = state, Readers = 1 });
        var reader = chain.Readers[0];
        const string password = "installer-2026-12";
        await chain.Console.Accounts.SetPasswordAsync("installer", password);
        string passwordFile = _temp.File("password", System.Text.Encoding.UTF8.GetBytes(password + "\n"));
        string console = chain.Console.Address.ToString();
        string[] signed = ["--console", console, "--user", "installer", "--password-file", passwordFile, "--json"];

        var unpaired = await Toolbox.RunAsync(["unpair", "--reader-id", reader.Id, .. signed]);
        Assert.True(unpaired.ExitCode == 0, unpaired.Output + unpaired.Error);
        Assert.Equal("unpaired", Status(unpaired));
        Assert.False(reader.Pairing.IsPaired);
        Assert.Empty(chain.Terminal.Readers);

        string code = reader.Pairing.Code!;
        string wrong = code == "999999" ? "000000" : "999999";
        var refused = await Toolbox.RunAsync(["pair", "--reader", reader.Server.Address.ToString(), "--code", wrong, .. signed]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("P101", Status(refused));

        var paired = await Toolbox.RunAsync(["pair", "--reader", reader.Server.Address.ToString(), "--code", code, .. signed]);
        Assert.True(paired.ExitCode == 0, paired.Output + paired.Error);
        Assert.Equal("paired", Status(paired));
        Assert.True(reader.Pairing.IsPaired);
        Assert.Equal(reader.Id, Assert.Single(chain.Terminal.Readers).Reader.ReaderId);

        // a wrong password is refused before anything is done
        string wrongFile = _temp.File("password", "not-the-password"u8.ToArray());
        var stranger = await Toolbox.RunAsync(["unpair", "--reader-id", reader.Id, "--console", console, "--user", "installer", "--password-file", wrongFile, "--json"]);
        Assert.Equal(1, stranger.ExitCode);
        Assert.Equal("unauthorized", Status(stranger));
        Assert.True(reader.Pairing.IsPaired);
    }

    [Fact]
    public async Task A_console_over_plain_http_off_loopback_or_https_without_a_fingerprint_is_bad_usage()
    {
        string passwordFile = _temp.File("password", "x"u8.ToArray());
        string[] rest = ["--user", "u", "--password-file", passwordFile, "--reader", "https://192.0.2.1:47201/", "--code", "123456"];
        Assert.Equal(2, (await Toolbox.RunAsync(["pair", "--console", "http://192.0.2.7:47100/", .. rest])).ExitCode);
        var https = await Toolbox.RunAsync(["pair", "--console", "https://192.0.2.7:47100/", .. rest]);
        Assert.Equal(2, https.ExitCode);
        Assert.Contains("--fingerprint", https.Error, StringComparison.Ordinal);
    }

    private static string Status(Toolbox run) => JsonDocument.Parse(run.Output.Trim()).RootElement.GetProperty("status").GetString()!;

    public void Dispose() => _temp.Dispose();
}
