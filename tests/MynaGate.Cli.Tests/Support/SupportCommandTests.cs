using System.IO.Compression;
using MynaGate.Chain;
using MynaGate.Site;
using MynaGate.Site.Support;

namespace MynaGate.Cli.Tests.Support;

public sealed class SupportCommandTests
{
    // what ./mynagate support bundle shows: the demo's three hosts, the emulator's configuration included
    private static readonly ConfigurationRedaction Demo = new(DemoSite.Defaults.Hosts);

    [Fact]
    public void Only_settings_known_to_hold_no_secret_are_kept_at_any_depth()
    {
        string redacted = Demo.Redact("""
            {
              // comments are allowed in appsettings files
              "Terminal": {
                "ConnectionString": "Host=db;Username=mg;Password=hunter2",
                "Console": { "CertificateFile": "/etc/mg/console.pfx", "CertificatePassword": "hunter3" },
                "NationalService": { "Url": "https://onshi", "CertificatePin": "ABCD" },
                "Readers": [ { "ApiKey": "k-123", "Id": "R01" } ],
                "ClientSecret": 42,
                "Passphrase": { "Value": "hunter4", "Hint": "hunter5" },
                "PrivateKey": [ "hunter6", { "Pem": "hunter7" } ],
                "Backup": { "Key": { "Material": "hunter8" } },
                "Terminals": [ { "Id": "T1", "Token": { "Secret": "hunter9" } } ]
              },
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
            }
            """)!;
        foreach (string secret in new[] { "hunter2", "hunter3", "k-123", "42", "hunter4", "hunter5", "hunter6", "hunter7", "hunter8", "hunter9" })
            Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        foreach (string kept in new[] { "/etc/mg/console.pfx", "https://onshi", "ABCD", "T1", "Microsoft.AspNetCore", "Warning" })
            Assert.Contains(kept, redacted, StringComparison.Ordinal);
        Assert.Null(Demo.Redact("not json"));
        Assert.Null(Demo.Redact("[1, 2]"));
    }

    [Fact]
    public void A_setting_declared_secret_is_never_shown_and_every_other_declared_one_is()
    {
        var settings = new[] { Reader.Host.ReaderHost.Definition, Terminal.Host.TerminalHost.Definition, Onshi.Host.OnshiHost.Definition }
            .SelectMany(d => d.Settings.Settings).ToList();

        Assert.Contains(settings, s => s.Secret);
        Assert.All(settings.Where(s => s.Secret), s => Assert.False(Demo.IsKept(s.Key.Split(':')[^1]), $"{s.Key} would be shown"));
        Assert.All(settings.Where(s => !s.Secret), s => Assert.True(Demo.IsKept(s.Key.Split(':')[^1]), $"{s.Key} would be removed"));
    }

    [Fact]
    public void The_installed_site_tool_shows_none_of_what_only_the_emulator_declares()
    {
        var installed = new ConfigurationRedaction(SiteDefaults.Installed.Hosts);
        var clinic = new[] { Reader.Host.ReaderHost.Definition, Terminal.Host.TerminalHost.Definition }
            .SelectMany(d => d.Settings.Settings).SelectMany(s => s.Key.Split(':')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emulatorOnly = Onshi.Host.OnshiHost.Definition.Settings.Settings.SelectMany(s => s.Key.Split(':'))
            .Where(name => !clinic.Contains(name) && name != "N").ToList();

        Assert.NotEmpty(emulatorOnly);
        Assert.All(emulatorOnly, name => Assert.False(installed.IsKept(name), $"{name} would be shown"));
        Assert.All(emulatorOnly, name => Assert.True(Demo.IsKept(name), $"{name} would be removed from the demo's bundle"));
    }

    [Theory]
    [InlineData("reader.json")]
    [InlineData("terminal.json")]
    [InlineData("onshi.json")]
    public void Every_setting_of_the_example_configurations_is_shown(string file)
    {
        // a setting added to a host and to its example, but not to the allow-list, would vanish from support bundles
        using var example = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Toolbox.Checkout, "deploy", "config", file)),
            new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new List<string>();
        void Collect(System.Text.Json.JsonElement element)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "LogLevel") continue;
                    names.Add(property.Name);
                    Collect(property.Value);
                }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
                foreach (var item in element.EnumerateArray()) Collect(item);
        }
        Collect(example.RootElement);
        Assert.All(names, name => Assert.True(Demo.IsKept(name), $"{file}: {name} is not on the support bundle's allow-list"));
    }

    [Fact]
    public async Task A_bundle_of_a_bare_state_folder_says_what_is_missing_and_the_arguments_are_checked()
    {
        string state = Directory.CreateTempSubdirectory("mynagate-support-state-").FullName;
        string bundle = Path.Combine(state, "bundle.zip");
        try
        {
            Directory.CreateDirectory(Path.Combine(state, "config"));
            await File.WriteAllTextAsync(Path.Combine(state, "config", "mynagate-terminal.json"), """{ "Terminal": { "ConnectionString": "Password=hunter2" } }""");
            var run = await Toolbox.RunAsync("support", "bundle", "--state", state, "--out", bundle, "--days", "3");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("support bundle: the last 3 day(s)", run.Error, StringComparison.Ordinal);
            using (var zip = ZipFile.OpenRead(bundle))
            {
                using var reader = new StreamReader(zip.GetEntry("config/mynagate-terminal.json")!.Open());
                Assert.DoesNotContain("hunter2", await reader.ReadToEndAsync(), StringComparison.Ordinal);
                Assert.NotNull(zip.GetEntry("versions.txt"));
                Assert.NotNull(zip.GetEntry("doctor.jsonl"));
                using var log = new StreamReader(zip.GetEntry("log.csv")!.Open());
                Assert.StartsWith("(no terminal log", await log.ReadToEndAsync(), StringComparison.Ordinal);
            }
            Assert.False(File.Exists(Path.Combine(state, "terminal", "terminal-log.db")), "the bundle made a log file where there was none");

            Assert.Equal(2, (await Toolbox.RunAsync("support", "bundle", "--state", state, "--days", "0")).ExitCode);
            Assert.Equal(2, (await Toolbox.RunAsync("support", "collect")).ExitCode);
            Assert.Equal(2, (await Toolbox.RunAsync("support", "bundle", "--state", Path.Combine(state, "missing"))).ExitCode);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }
}
