using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Site.Doctor;

namespace MynaGate.Cli.Tests;

/// <summary>doctor on a machine where the system never ran, where it runs, and with a broken Face folder.</summary>
public sealed class DoctorTests : IDisposable
{
    private readonly TestFolder _temp = new();

    private static string StateRoot => Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";

    [Fact]
    public async Task Before_the_system_ever_ran_the_machine_checks_pass_and_the_site_checks_say_to_start_it()
    {
        string state = _temp.Folder("state");

        var run = await Toolbox.RunAsync("doctor", "--state", state, "--json");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Lines;
        Assert.All(lines, l => Assert.Contains(l.GetProperty("result").GetString(), new[] { "ok", "warning", "failed" }));
        Assert.Equal("ok", Result(lines, "pcscd"));
        Assert.Contains(lines, l => l.GetProperty("check").GetString() == "reader" && l.GetProperty("detail").GetString()!.Contains("[virtual]", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.GetProperty("check").GetString() == "model"), l => Assert.Equal("ok", l.GetProperty("result").GetString()));
        Assert.Equal("ok", Result(lines, "native library"));
        Assert.Equal("warning", Result(lines, "face folder"));
        Assert.False(Directory.Exists(Path.Combine(state, "OQS")), "doctor made the Face folder the terminal is to make");
        var service = Single(lines, "national service");
        Assert.Equal("failed", service.GetProperty("result").GetString());
        Assert.Contains("./mynagate demo", service.GetProperty("action").GetString());
        // the demo's configuration is checked before it ever ran: its two readers
        Assert.Equal(3, lines.Count(l => l.GetProperty("check").GetString() == "pairing" && l.GetProperty("result").GetString() == "failed"));
        Assert.Contains(lines, l => l.GetProperty("check").GetString() == "port 47100");
    }

    [Fact]
    public async Task With_the_system_running_the_national_service_answers_the_readers_are_paired_and_the_ports_are_ours()
    {
        string state = _temp.Folder("state");
        using var slots = await VpcdLock.AcquireAsync(StateRoot, TimeSpan.FromMinutes(20));
        await using (var chain = await LocalChain.StartAsync(new ChainOptions { StateDirectory = state, Readers = 1 }))
        {
            var run = await Toolbox.RunAsync("doctor", "--state", state, "--json");

            var lines = run.Lines;
            Assert.Equal("ok", Result(lines, "national service"));
            var pairing = lines.Where(l => l.GetProperty("check").GetString() == "pairing").ToList();
            Assert.Equal(["ok", "ok"], pairing.Select(l => l.GetProperty("result").GetString()));
            Assert.Equal("R01: paired both ways", pairing[1].GetProperty("detail").GetString());
            var ports = lines.Where(l => l.GetProperty("check").GetString()!.StartsWith("port ", StringComparison.Ordinal)).ToList();
            // the emulator, the console, the reader's link and its kiosk screen
            Assert.Equal(4, ports.Count);
            Assert.All(ports, p => Assert.EndsWith($"in use by MynaGate (pid {Environment.ProcessId})", p.GetProperty("detail").GetString()));
            // the clock against the national service's and the reader's, each read from a live answer
            var clocks = lines.Where(l => l.GetProperty("check").GetString() == "clock").ToList();
            Assert.Equal(2, clocks.Count);
            Assert.All(clocks, c => Assert.Equal("ok", c.GetProperty("result").GetString()));
            Assert.Contains(clocks, c => c.GetProperty("detail").GetString()!.StartsWith("reader R01: this clock is ", StringComparison.Ordinal));
            Assert.StartsWith("pin (register with the national service) ", Single(lines, "terminal certificate").GetProperty("detail").GetString());
            Assert.Equal("ok", Result(lines, "reader certificate"));
            Assert.StartsWith($"{chain.Onshi.BaseAddress}: pin ", Single(lines, "national service certificate").GetProperty("detail").GetString());
        }

        var stopped = await Toolbox.RunAsync("doctor", "--state", state, "--json");
        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("refused", Single(stopped.Lines, "national service").GetProperty("detail").GetString());
        Assert.All(stopped.Lines.Where(l => l.GetProperty("check").GetString()!.StartsWith("port ", StringComparison.Ordinal)),
            p => Assert.EndsWith(": free", p.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_installed_site_tool_checks_the_state_it_is_given_without_the_demos_plan_or_advice()
    {
        string state = _temp.Folder("state");
        Directory.CreateDirectory(Path.Combine(state, "OQS", "Face"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exit = await Site.Program.RunAsync(["doctor", "--state", state, "--json"], output, error, Site.SiteDefaults.Installed);

        Assert.Equal(1, exit);
        var lines = new Toolbox(exit, output.ToString(), error.ToString()).Lines;
        Assert.Equal("ok", Result(lines, "face folder"));
        // no site recorded and no demo to fall back on: the ports and the national service are left unchecked, and said so
        Assert.Equal("warning", Result(lines, "site"));
        Assert.DoesNotContain(lines, l => l.GetProperty("check").GetString()!.StartsWith("port ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.GetProperty("check").GetString() == "national service");
        Assert.Equal("failed", Assert.Single(lines, l => l.GetProperty("check").GetString() == "pairing").GetProperty("result").GetString());
        Assert.All(lines, l => Assert.DoesNotContain("demo", l.GetProperty("action").GetString(), StringComparison.Ordinal));
        Assert.Equal(2, await Site.Program.RunAsync(["demo"], output, error, Site.SiteDefaults.Installed));
    }

    [Fact]
    public async Task Installed_beside_the_reader_it_checks_the_readers_machine_and_its_own_pairing_not_the_terminals()
    {
        string state = _temp.Folder("state");
        var defaults = Site.SiteDefaults.Installed with { Role = Site.SiteRole.Reader, ConfigurationFile = null };

        var before = await InstalledAsync(state, defaults);
        Directory.CreateDirectory(Path.Combine(state, "reader"));
        File.WriteAllText(Path.Combine(state, "reader", "paired-terminal.json"), "{}");
        var after = await InstalledAsync(state, defaults);

        Assert.Equal("ok", Result(before, "native library"));
        Assert.Contains(before, l => l.GetProperty("check").GetString() == "model");
        Assert.DoesNotContain(before, l => l.GetProperty("check").GetString() is "face folder" or "clock");
        Assert.Equal("this reader is not paired", Single(before, "pairing").GetProperty("detail").GetString());
        Assert.Equal("ok", Result(after, "pairing"));
    }

    [Fact]
    public async Task Installed_beside_the_terminal_it_checks_the_face_folder_its_configuration_names_and_no_reader_device()
    {
        string state = _temp.Folder("state");
        string face = _temp.Folder("face");
        string configuration = Path.Combine(_temp.Folder("config"), "terminal.json");
        File.WriteAllText(configuration, JsonSerializer.Serialize(new { Terminal = new { FaceFolder = face, Console = new { Listen = "0.0.0.0:47100" } } }));
        var defaults = Site.SiteDefaults.Installed with { Role = Site.SiteRole.Terminal, ConfigurationFile = configuration };

        var lines = await InstalledAsync(state, defaults);

        Assert.Equal($"{face}: writable", Single(lines, "face folder").GetProperty("detail").GetString());
        Assert.StartsWith($"https://{Environment.MachineName}:47100/", Single(lines, "console").GetProperty("detail").GetString());
        Assert.DoesNotContain(lines, l => l.GetProperty("check").GetString() is "pcscd" or "camera" or "model" or "native library");
        Assert.Equal("the terminal has no paired reader", Single(lines, "pairing").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_face_folder_that_cannot_be_written_fails_with_what_to_do()
    {
        string state = _temp.Folder("state");
        Directory.CreateDirectory(Path.Combine(state, "OQS"));
        File.WriteAllText(Path.Combine(state, "OQS", "Face"), "a file where the folder should be");

        var run = await Toolbox.RunAsync("doctor", "--state", state, "--json");

        var face = Single(run.Lines, "face folder");
        Assert.Equal("failed", face.GetProperty("result").GetString());
        Assert.Contains("write access", face.GetProperty("action").GetString());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void The_process_listening_on_a_port_is_found_in_proc()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var owner = ListeningProcesses.Find(port);
        listener.Stop();

        Assert.NotNull(owner);
        Assert.Equal(Environment.ProcessId, owner.Value.Pid);
        Assert.Null(ListeningProcesses.Find(port));
    }

    [Fact]
    public async Task The_table_has_a_line_per_check_with_the_action_column()
    {
        string state = _temp.Folder("state");

        var run = await Toolbox.RunAsync("doctor", "--state", state);

        string[] table = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches("^check +result +detail +action$", table[0]);
        Assert.Contains(table, l => l.StartsWith("national service", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<IReadOnlyList<JsonElement>> InstalledAsync(string state, Site.SiteDefaults defaults)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await Site.Program.RunAsync(["doctor", "--state", state, "--json"], output, error, defaults);
        return new Toolbox(exit, output.ToString(), error.ToString()).Lines;
    }

    private static JsonElement Single(IReadOnlyList<JsonElement> lines, string check) =>
        Assert.Single(lines, l => l.GetProperty("check").GetString() == check);

    private static string? Result(IReadOnlyList<JsonElement> lines, string check) => Single(lines, check).GetProperty("result").GetString();
}
