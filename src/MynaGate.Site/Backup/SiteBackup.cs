using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MynaGate.Storage;

namespace MynaGate.Site.Backup;

/// <summary>
/// What brings a paired site back on a fresh install: the terminal's identity, console certificate and keys, paired
/// readers, clinic settings, console accounts and reception API keys; each reader's identity and the terminal it
/// trusts (readers/&lt;id&gt;/ in the demo's layout, reader/ on an installed reader unit); the hosts' configuration files
/// (config/ in the demo's layout, terminal.json beside the state on Windows, and the installed configuration file
/// outside the state folder, /etc/mynagate/*.json, kept as installed/NAME) and the site record. Not the log, the Face folder, images or the
/// national-service emulator. The archive is sealed with a passphrase (<see cref="BackupCipher"/>); a restore takes
/// only these paths from it, so a crafted file cannot write anywhere else.
/// </summary>
public static partial class SiteBackup
{
    /// <param name="installedConfiguration">the configuration file the program was installed with, when it lives outside
    /// the state folder (/etc/mynagate/reader.json); null for none</param>
    public static async Task WriteAsync(SiteLayout layout, string passphrase, string path, TextWriter progress, string? installedConfiguration = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(progress);
        var sources = Directory.EnumerateFiles(layout.StateDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(layout.StateDirectory, f).Replace(Path.DirectorySeparatorChar, '/'), f => f);
        // one inside the state folder (Windows: %ProgramData%\MynaGate\terminal.json) is backed up where it is
        if (installedConfiguration is not null && File.Exists(installedConfiguration)
            && !Path.GetFullPath(installedConfiguration).StartsWith(Path.GetFullPath(layout.StateDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            sources.TryAdd(Installed + Path.GetFileName(installedConfiguration), installedConfiguration);
        var files = sources.Keys.Where(IsBackedUp).Order(StringComparer.Ordinal).ToList();
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
                byte[] content = await File.ReadAllBytesAsync(sources[file]).ConfigureAwait(false);
                await stream.WriteAsync(content).ConfigureAwait(false);
                CryptographicOperations.ZeroMemory(content);
            }
        }
        // the archive is sealed from the stream's own buffer, which is zeroed after: no plain copy is left behind
        var plain = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        try
        {
            AtomicFileWriter.Write(path, BackupCipher.Seal(plain, passphrase), ownerOnly: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer.GetBuffer());
        }
        progress.WriteLine($"backup: {files.Count} file(s) sealed in {path}");
    }

    /// <summary>
    /// Restores into <paramref name="layout"/> with the hosts stopped. Refuses (writing nothing) a wrong passphrase,
    /// a file that is not a backup, a path outside what is backed up, and a state folder that already has an identity
    /// unless <paramref name="replace"/>. The installed configuration goes back to <paramref name="installedConfiguration"/>'s
    /// folder, or, where the tool knows none, into the state folder's installed/ for the installer to put in place.
    /// </summary>
    public static async Task<int> RestoreAsync(SiteLayout layout, string passphrase, string path, bool replace, TextWriter progress, string? installedConfiguration = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(progress);
        byte[] plain = BackupCipher.Open(await File.ReadAllBytesAsync(path).ConfigureAwait(false), passphrase);
        var entries = new List<(string Name, byte[] Content)>();
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(plain), ZipArchiveMode.Read))
            {
                foreach (var entry in zip.Entries)
                {
                    if (!IsBackedUp(entry.FullName)) throw new BackupRefusedException($"The backup holds a path a backup never has ({entry.FullName}); nothing was restored.");
                    // read into a buffer of its own size, so the only copy is the one zeroed below
                    byte[] content = new byte[entry.Length];
                    await using var stream = entry.Open();
                    await stream.ReadExactlyAsync(content).ConfigureAwait(false);
                    entries.Add((entry.FullName, content));
                }
            }
            var present = entries.Where(e => File.Exists(Target(layout, e.Name, installedConfiguration)) && e.Name.EndsWith("identity.pfx", StringComparison.Ordinal)).ToList();
            if (present.Count > 0 && !replace)
                throw new BackupRefusedException($"{layout.StateDirectory} already has {present[0].Name}: restore onto a fresh install, or pass --replace with the hosts stopped.");
            StagedRestore.Apply([.. entries.Select(e => (Target(layout, e.Name, installedConfiguration), e.Content))]);
            foreach (var (name, _) in entries) progress.WriteLine($"restore: {name} -> {Target(layout, name, installedConfiguration)}");
            progress.WriteLine($"restore: {entries.Count} file(s) into {layout.StateDirectory}");
            return entries.Count;
        }
        finally
        {
            // the decrypted keys and accounts do not outlive the restore in this process's memory
            CryptographicOperations.ZeroMemory(plain);
            foreach (var (_, content) in entries) CryptographicOperations.ZeroMemory(content);
        }
    }

    private const string Installed = "installed/";

    private static string Target(SiteLayout layout, string name, string? installedConfiguration) =>
        name.StartsWith(Installed, StringComparison.Ordinal) && Path.GetDirectoryName(installedConfiguration) is { Length: > 0 } folder
            ? Path.Combine(folder, name[Installed.Length..])
            : Path.Combine(layout.StateDirectory, name.Replace('/', Path.DirectorySeparatorChar));

    private static bool IsBackedUp(string relative) => BackedUp().IsMatch(relative);

    [GeneratedRegex(@"^(site\.json|config/mynagate-[a-zA-Z0-9-]+\.json|(installed/)?(reader|terminal|onshi)\.json|terminal/(identity\.pfx|console-certificate\.pfx|paired-readers\.json|reader-settings\.json|console-accounts\.json|reception-api-keys\.json|console-keys/key-[a-f0-9-]+\.xml)|(reader|readers/[A-Za-z0-9-]+)/(identity\.pfx|paired-terminal\.json))$")]
    private static partial Regex BackedUp();
}
