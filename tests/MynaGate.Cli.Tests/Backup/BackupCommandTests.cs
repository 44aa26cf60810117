using System.IO.Compression;
using System.Text;
using MynaGate.Site.Backup;

namespace MynaGate.Cli.Tests.Backup;

/// <summary>backup and restore on a state folder of files: what goes in, sealed; what comes back; what is refused.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("mynagate-backup-").FullName;

    private string State => Path.Combine(_root, "state");
    private string Fresh => Path.Combine(_root, "fresh");
    private string Sealed => Path.Combine(_root, "site.mgbackup");

    private static readonly Dictionary<string, string> Kept = new()
    {
        ["site.json"] = "{\"readers\":1}",
        ["config/mynagate-terminal.json"] = "{\"Terminal\":{\"ConsoleMarker\":\"kept-config\"}}",
        ["terminal/identity.pfx"] = "terminal-key-bytes",
        ["terminal/paired-readers.json"] = "[\"paired-marker\"]",
        ["terminal/console-accounts.json"] = "{\"admin\":\"hash\"}",
        ["terminal/console-keys/key-0a1b2c3d-0000-0000-0000-000000000000.xml"] = "<key/>",
        ["readers/R01/identity.pfx"] = "reader-key-bytes",
        ["readers/R01/paired-terminal.json"] = "\"pin\"",
        // an installed reader unit keeps its state in reader/ (/var/lib/mynagate/reader)
        ["reader/identity.pfx"] = "installed-reader-key",
        // the Windows terminal's configuration, which install-terminal.ps1 puts beside its state (%ProgramData%\MynaGate)
        ["terminal.json"] = "{\"Terminal\":{\"FaceFolder\":\"C:\\\\OQS\\\\Face\"}}",
    };

    private static readonly string[] Left = ["terminal/terminal-log.db", "OQS/Face/OQSsiquc01res_face_R01-0001_20261204093000.xml", "readers/R01/cameras/face/1.jpg", "onshi/onshi.db"];

    public BackupCommandTests()
    {
        foreach (var (name, content) in Kept) Put(State, name, content);
        foreach (string name in Left) Put(State, name, "not-for-backup");
        File.WriteAllText(Path.Combine(_root, "passphrase"), "correct horse battery staple\n");
        File.WriteAllText(Path.Combine(_root, "wrong"), "incorrect horse battery staple\n");
        File.WriteAllText(Path.Combine(_root, "short"), "short\n");
    }

    [Fact]
    public async Task A_backup_restored_onto_a_fresh_folder_brings_back_exactly_the_site_s_state()
    {
        var backup = await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", Path.Combine(_root, "passphrase"));
        Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
        byte[] sealedBytes = File.ReadAllBytes(Sealed);
        foreach (string marker in new[] { "paired-marker", "terminal-key-bytes", "kept-config", "identity.pfx" })
            Assert.True(Encoding.UTF8.GetString(sealedBytes).IndexOf(marker, StringComparison.Ordinal) < 0, $"{marker} is readable in the backup");
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Sealed));

        var restore = await Toolbox.RunAsync("restore", Sealed, "--state", Fresh, "--passphrase-file", Path.Combine(_root, "passphrase"));
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        var restored = Directory.GetFiles(Fresh, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Fresh, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(Kept.Keys.Order(), restored);
        foreach (var (name, content) in Kept) Assert.Equal(content, File.ReadAllText(Path.Combine(Fresh, name)));
    }

    [Fact]
    public async Task The_installed_configuration_outside_the_state_folder_is_backed_up_and_restored_to_its_place()
    {
        string etc = Path.Combine(_root, "etc", "mynagate");
        Put(etc, "reader.json", "{\"Reader\":{\"Id\":\"R07\"}}");
        string installed = Path.Combine(etc, "reader.json");
        string passphrase = "correct horse battery staple";
        await SiteBackup.WriteAsync(new Site.SiteLayout(State), passphrase, Sealed, TextWriter.Null, installed);
        File.Delete(installed);

        string freshEtc = Path.Combine(_root, "fresh-etc");
        await SiteBackup.RestoreAsync(new Site.SiteLayout(Fresh), passphrase, Sealed, replace: false, TextWriter.Null, Path.Combine(freshEtc, "reader.json"));
        // the tool that knows no installed configuration keeps it in the state folder for the installer
        string other = Path.Combine(_root, "other");
        await SiteBackup.RestoreAsync(new Site.SiteLayout(other), passphrase, Sealed, replace: false, TextWriter.Null);

        Assert.Equal("{\"Reader\":{\"Id\":\"R07\"}}", File.ReadAllText(Path.Combine(freshEtc, "reader.json")));
        Assert.False(File.Exists(Path.Combine(Fresh, "installed", "reader.json")));
        Assert.True(File.Exists(Path.Combine(other, "installed", "reader.json")));
    }

    [Fact]
    public async Task A_wrong_passphrase_a_changed_byte_an_occupied_folder_or_a_foreign_path_restores_nothing()
    {
        string passphrase = Path.Combine(_root, "passphrase");
        Assert.Equal(0, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", passphrase)).ExitCode);

        var wrong = await Toolbox.RunAsync("restore", Sealed, "--state", Fresh, "--passphrase-file", Path.Combine(_root, "wrong"));
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("passphrase is wrong", wrong.Output, StringComparison.Ordinal);

        byte[] changed = File.ReadAllBytes(Sealed);
        changed[^5] ^= 1;
        string tampered = Path.Combine(_root, "tampered.mgbackup");
        File.WriteAllBytes(tampered, changed);
        Assert.Equal(1, (await Toolbox.RunAsync("restore", tampered, "--state", Fresh, "--passphrase-file", passphrase)).ExitCode);

        // a crafted archive, sealed with the right passphrase, that would write outside the state folder
        using (var buffer = new MemoryStream())
        {
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var stream = zip.CreateEntry("../escaped.txt").Open();
                stream.Write("x"u8);
            }
            File.WriteAllBytes(Path.Combine(_root, "crafted.mgbackup"), BackupCipher.Seal(buffer.ToArray(), "correct horse battery staple"));
        }
        Assert.Equal(1, (await Toolbox.RunAsync("restore", Path.Combine(_root, "crafted.mgbackup"), "--state", Fresh, "--passphrase-file", passphrase)).ExitCode);
        Assert.False(File.Exists(Path.Combine(_root, "escaped.txt")));
        Assert.False(Directory.Exists(Fresh) && Directory.EnumerateFileSystemEntries(Fresh).Any(), "a refused restore wrote something");

        var occupied = await Toolbox.RunAsync("restore", Sealed, "--state", State, "--passphrase-file", passphrase);
        Assert.Equal(1, occupied.ExitCode);
        Assert.Contains("--replace", occupied.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await Toolbox.RunAsync("restore", Sealed, "--state", State, "--passphrase-file", passphrase, "--replace")).ExitCode);
    }

    [Fact]
    public async Task A_restore_that_fails_part_way_leaves_the_state_as_it_was()
    {
        string passphrase = Path.Combine(_root, "passphrase");
        Assert.Equal(0, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", passphrase)).ExitCode);
        // the site changed since the backup; then one target cannot be written (a folder stands where the file goes,
        // late in the order, after others were swapped in)
        File.WriteAllText(Path.Combine(State, "config/mynagate-terminal.json"), "changed-since");
        File.WriteAllText(Path.Combine(State, "site.json"), "changed-since");
        File.Delete(Path.Combine(State, "terminal/paired-readers.json"));
        Directory.CreateDirectory(Path.Combine(State, "terminal/paired-readers.json"));
        var before = Snapshot(State);

        var restore = await Toolbox.RunAsync("restore", Sealed, "--state", State, "--passphrase-file", passphrase, "--replace");

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Equal(before, Snapshot(State));
        Assert.Empty(Directory.GetFiles(State, "*.restoring", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(State, "*.replaced", SearchOption.AllDirectories));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);

    [Fact]
    public async Task A_short_passphrase_an_existing_output_or_an_empty_state_folder_is_refused()
    {
        Assert.Equal(2, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", Path.Combine(_root, "short"))).ExitCode);
        Assert.Equal(2, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed)).ExitCode);
        Assert.Equal(0, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", Path.Combine(_root, "passphrase"))).ExitCode);
        // an existing output is bad usage (nothing is overwritten), told before any work
        Assert.Equal(2, (await Toolbox.RunAsync("backup", "--state", State, "--out", Sealed, "--passphrase-file", Path.Combine(_root, "passphrase"))).ExitCode);
        Directory.CreateDirectory(Path.Combine(_root, "empty"));
        Assert.Equal(1, (await Toolbox.RunAsync("backup", "--state", Path.Combine(_root, "empty"), "--out", Path.Combine(_root, "other"), "--passphrase-file", Path.Combine(_root, "passphrase"))).ExitCode);
    }

    private static void Put(string root, string name, string content)
    {
        string path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
