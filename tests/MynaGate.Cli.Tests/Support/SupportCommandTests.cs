using System.IO.Compression;
using MynaGate.Cli.Support;

namespace MynaGate.Cli.Tests.Support;

public sealed class SupportCommandTests
{
    [Fact]
    public void Secrets_are_removed_at_any_depth_and_everything_else_is_kept()
    {
        string redacted = ConfigurationRedaction.Redact("""
            {
              // comments are allowed in appsettings files
              "Terminal": {
                "ConnectionString": "Host=db;Username=mg;Password=hunter2",
                "Console": { "CertificateFile": "/etc/mg/console.pfx", "CertificatePassword": "hunter3" },
                "NationalService": { "Url": "https://onshi", "CertificatePin": "ABCD" },
                "Readers": [ { "ApiKey": "k-123", "Id": "R01" } ],
                "ClientSecret": 42
              },
            }
            """)!;
        foreach (string secret in new[] { "hunter2", "hunter3", "k-123", "42" }) Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        foreach (string kept in new[] { "/etc/mg/console.pfx", "https://onshi", "ABCD", "R01" }) Assert.Contains(kept, redacted, StringComparison.Ordinal);
        Assert.Equal(4, redacted.Split(ConfigurationRedaction.Removed).Length - 1);
        Assert.Null(ConfigurationRedaction.Redact("not json"));
        Assert.Null(ConfigurationRedaction.Redact("[1, 2]"));
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
