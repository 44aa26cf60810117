using MynaGate.Site.Backup;

namespace MynaGate.Site.Commands;

/// <summary><c>mynagate backup</c> and <c>mynagate restore</c>: a paired site's state, sealed with a passphrase.</summary>
public static class BackupCommand
{
    public const string BackupHelp = """
        usage: mynagate backup --out FILE --passphrase-file FILE [--state DIR]
          Seals what brings this site back on a fresh install into FILE: the terminal's and readers' identities (device
          keys), pairings, the clinic's settings, console accounts, reception API keys, the hosts' configuration files
          (with the installed one, /etc/mynagate/NAME.json, which a restore by the installed tool puts back; then run
          dpkg-reconfigure mynagate-reader for its owner and mode).
          Not the log, the Face folder or any image. The passphrase (at least 12 characters) is read from a file, never
          from the command line; without it the backup cannot be opened. Progress on stderr, one line per file.
          --state    the installation's state folder (default: /var/lib/mynagate, %ProgramData%\MynaGate on Windows;
                     under ./mynagate, the demo's)
          exit code: 0 written, 1 refused (nothing to back up, FILE exists), 2 bad usage
        """;

    public const string RestoreHelp = """
        usage: mynagate restore FILE --passphrase-file FILE [--state DIR] [--replace]
          Restores a backup into the state folder, with the hosts stopped; started again, the site is paired as it was
          (no new pairing). A wrong passphrase, a changed file or a path no backup holds restores nothing.
          --state    the installation's state folder (default: /var/lib/mynagate, %ProgramData%\MynaGate on Windows;
                     under ./mynagate, the demo's)
          --replace  restore over a state folder that already has an identity (otherwise refused)
          exit code: 0 restored, 1 refused, 2 bad usage
        """;

    public static async Task<int> BackupAsync(IReadOnlyList<string> args, TextWriter output, TextWriter progress, SiteDefaults defaults)
    {
        if (Arguments.ForCommand(args, BackupHelp, output, operands: false, [], "--out", "--passphrase-file", "--state") is not { } arguments) return 0;
        string path = CommandPaths.NewFile(arguments.Text("--out") ?? throw new UsageException("backup needs --out FILE"), "--out");
        string passphrase = Passphrase(arguments);
        if (passphrase.Length < BackupCipher.MinPassphraseLength)
            throw new UsageException($"the passphrase must have at least {BackupCipher.MinPassphraseLength} characters");
        return await RefusalsAsync(output, () => SiteBackup.WriteAsync(Layout(arguments, defaults), passphrase, path, progress, defaults.ConfigurationFile)).ConfigureAwait(false);
    }

    public static async Task<int> RestoreAsync(IReadOnlyList<string> args, TextWriter output, TextWriter progress, SiteDefaults defaults)
    {
        if (Arguments.ForCommand(args, RestoreHelp, output, operands: true, ["--replace"], "--passphrase-file", "--state") is not { } arguments) return 0;
        if (arguments.Operands is not [var named]) throw new UsageException("restore needs one backup file");
        string path = CommandPaths.ExistingFile(named, "the backup");
        string passphrase = Passphrase(arguments);
        var layout = Layout(arguments, defaults);
        Directory.CreateDirectory(layout.StateDirectory);
        return await RefusalsAsync(output, () => SiteBackup.RestoreAsync(layout, passphrase, path, arguments.Has("--replace"), progress, defaults.ConfigurationFile)).ConfigureAwait(false);
    }

    private static async Task<int> RefusalsAsync(TextWriter output, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
            return 0;
        }
        catch (BackupRefusedException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            output.WriteLine($"refused: {e.Message}");
            return 1;
        }
    }

    private static SiteLayout Layout(Arguments arguments, SiteDefaults defaults) => new(arguments.Text("--state") ?? defaults.StateDirectory);

    private static string Passphrase(Arguments arguments)
    {
        string file = CommandPaths.ExistingFile(arguments.Text("--passphrase-file") ?? throw new UsageException("--passphrase-file FILE is required"), "--passphrase-file");
        return File.ReadAllText(file).TrimEnd('\r', '\n');
    }
}
