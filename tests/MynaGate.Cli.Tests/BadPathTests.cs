namespace MynaGate.Cli.Tests;

/// <summary>
/// Every toolbox command that names a file or folder, given what a new user might type instead: a folder where a file
/// belongs, a file that exists where a new one is made, a path that does not exist, one that cannot be written, a
/// malformed value. Each answers one line on stderr and exit 2, never a stack trace.
/// </summary>
public sealed class BadPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mynagate-badpath-").FullName;

    public BadPathTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "state"));
        File.WriteAllText(Path.Combine(_root, "passphrase"), "a passphrase long enough to seal a backup");
        File.WriteAllText(Path.Combine(_root, "existing.zip"), "kept");
    }

    public static TheoryData<string> Lines => new()
    {
        "support bundle --state {state} --out {dir}",
        "support bundle --state {state} --out {existing}",
        "support bundle --state {state} --out {missing}/bundle.zip",
        "support bundle --state {state} --out /proc/bundle.zip",
        "support bundle --state {existing}",
        "support bundle --state {missing}",
        "support bundle --state {state} --days many",
        "backup --state {state} --out {dir} --passphrase-file {passphrase}",
        "backup --state {state} --out {existing} --passphrase-file {passphrase}",
        "backup --state {state} --out {missing}/site.backup --passphrase-file {passphrase}",
        "backup --state {state} --out {root}/new.backup --passphrase-file {dir}",
        "backup --state {state} --out {root}/new.backup --passphrase-file {missing}",
        "restore {dir} --passphrase-file {passphrase} --state {state}",
        "restore {missing} --passphrase-file {passphrase} --state {state}",
        "restore {existing} --passphrase-file {dir} --state {state}",
        "xml check --json",
        "ocr card a.jpg --today someday",
        "face compare {dir}",
        "pair --console https://127.0.0.1:1/ --user admin --password-file {dir} --reader https://127.0.0.1:2/ --code 123456",
        "pair --console https://127.0.0.1:1/ --user admin --password-file {missing} --reader https://127.0.0.1:2/ --code 123456",
        "unpair --console not-a-url --user admin --password-file {passphrase} --reader-id R01",
        "doctor --state",
        "vcard --authority {missing}",
        "vcard --authority {existing}",
        "vcard --enrol {missing}",
        "vcard --seed one",
        "vcard --kind Tablet",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task A_bad_path_or_value_answers_one_line_and_exit_2(string line)
    {
        string[] args = [.. line.Split(' ').Select(Fill)];

        var run = await Toolbox.RunAsync(args);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.StartsWith("mynagate: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(_root, "existing.zip")));
    }

    private string Fill(string word) => word
        .Replace("{state}", Path.Combine(_root, "state"), StringComparison.Ordinal)
        .Replace("{dir}", _root, StringComparison.Ordinal)
        .Replace("{existing}", Path.Combine(_root, "existing.zip"), StringComparison.Ordinal)
        .Replace("{missing}", Path.Combine(_root, "no-such"), StringComparison.Ordinal)
        .Replace("{passphrase}", Path.Combine(_root, "passphrase"), StringComparison.Ordinal)
        .Replace("{root}", _root, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
