using System.IO.Compression;
using System.Text.RegularExpressions;
using MynaGate.Chain;
using MynaGate.Storage;

namespace MynaGate.Cli.Backup;

/// <summary>
/// What brings a paired site back on a fresh install: the terminal's identity, console certificate and keys, paired
/// readers, clinic settings, console accounts and reception API keys; each reader's identity and the terminal it
/// trusts (readers/&lt;id&gt;/ in the demo's layout, reader/ on an installed reader unit); the hosts' configuration files
/// and the site record. Not the log, the Face folder, images or the
/// national-service emulator. The archive is sealed with a passphrase (<see cref="BackupCipher"/>); a restore takes
/// only these paths from it, so a crafted file cannot write anywhere else.
/// </summary>
public static partial class SiteBackup
{
    public static async Task WriteAsync(ChainLayout layout, string passphrase, string path, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(progress);
        var files = Directory.EnumerateFiles(layout.StateDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(layout.StateDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(IsBackedUp).Order(StringComparer.Ordinal).ToList();
        if (!files.Any(f => f.EndsWith("/identity.pfx", StringComparison.Ordinal)))
            throw new BackupRefusedException($"{layout.StateDirectory} holds no terminal or reader identity: nothing to back up.");
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string file in files)
            {
                progress.WriteLine($"backup: {file}");
                var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await stream.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(layout.StateDirectory, file)).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        AtomicFileWriter.Write(path, BackupCipher.Seal(buffer.ToArray(), passphrase), ownerOnly: true);
        progress.WriteLine($"backup: {files.Count} file(s) sealed in {path}");
    }

    /// <summary>
    /// Restores into <paramref name="layout"/> with the hosts stopped. Refuses (writing nothing) a wrong passphrase,
    /// a file that is not a backup, a path outside what is backed up, and a state folder that already has an identity
    /// unless <paramref name="replace"/>.
    /// </summary>
    public static async Task<int> RestoreAsync(ChainLayout layout, string passphrase, string path, bool replace, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(progress);
        byte[] plain = BackupCipher.Open(await File.ReadAllBytesAsync(path).ConfigureAwait(false), passphrase);
        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(plain), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                if (!IsBackedUp(entry.FullName)) throw new BackupRefusedException($"The backup holds a path a backup never has ({entry.FullName}); nothing was restored.");
                await using var stream = entry.Open();
                using var content = new MemoryStream();
                await stream.CopyToAsync(content).ConfigureAwait(false);
                entries.Add((entry.FullName, content.ToArray()));
            }
        }
        var present = entries.Where(e => File.Exists(Target(layout, e.Name)) && e.Name.EndsWith("identity.pfx", StringComparison.Ordinal)).ToList();
        if (present.Count > 0 && !replace)
            throw new BackupRefusedException($"{layout.StateDirectory} already has {present[0].Name}: restore onto a fresh install, or pass --replace with the hosts stopped.");
        foreach (var (name, content) in entries)
        {
            string target = Target(layout, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // keys, accounts and configuration are readable by the service's user only, as the hosts make them
            AtomicFileWriter.Replace(target, content, ownerOnly: true);
            progress.WriteLine($"restore: {name}");
        }
        progress.WriteLine($"restore: {entries.Count} file(s) into {layout.StateDirectory}");
        return entries.Count;
    }

    private static string Target(ChainLayout layout, string name) => Path.Combine(layout.StateDirectory, name.Replace('/', Path.DirectorySeparatorChar));

    private static bool IsBackedUp(string relative) => BackedUp().IsMatch(relative);

    [GeneratedRegex(@"^(site\.json|config/mynagate-[a-zA-Z0-9-]+\.json|terminal/(identity\.pfx|console-certificate\.pfx|paired-readers\.json|reader-settings\.json|console-accounts\.json|reception-api-keys\.json|console-keys/key-[a-f0-9-]+\.xml)|(reader|readers/[A-Za-z0-9-]+)/(identity\.pfx|paired-terminal\.json))$")]
    private static partial Regex BackedUp();
}
