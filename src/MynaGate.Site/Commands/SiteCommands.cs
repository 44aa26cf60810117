namespace MynaGate.Site.Commands;

/// <summary>
/// The commands a clinic's installer and staff run on site: checks, card information, result-XML checks, backup,
/// support bundle and pairing. Shipped with each program; the developer tool answers them too.
/// </summary>
public static class SiteCommands
{
    public const string Synopsis = """
               mynagate doctor [--state DIR] [--json]
               mynagate card info [--reader NAME] [--json]
               mynagate xml check FILE... [--json]
               mynagate support bundle [--state DIR] [--days N] [--out FILE]
               mynagate backup --out FILE --passphrase-file FILE [--state DIR]
               mynagate restore FILE --passphrase-file FILE [--state DIR] [--replace]
               mynagate pair --console URL --user NAME --password-file FILE --reader URL --code CODE [--fingerprint HEX] [--json]
               mynagate unpair --console URL --user NAME --password-file FILE --reader-id ID [--fingerprint HEX] [--json]
        """;

    public const string Descriptions = """
          doctor        checks the machine: pcscd and readers, cameras, models, Tesseract, native library,
                        ports, Face folder, national service, pairing; each line says what to do about a failure
          card info     what a placed card says without any secret (ATR, applications, tries, expiry)
          xml check     result XML files against the element dictionary
          backup        identities, pairings, settings, accounts and configuration, sealed with a passphrase
          restore       a backup onto a fresh install: the site comes back paired
          support       one zip for a support call: versions, doctor, configuration without secrets, the log
          pair, unpair  pair a reader with the running terminal (or unpair it) through its console, for installers
        """;

    /// <summary>Runs a site command; null when <paramref name="args"/> name none (the caller answers with its usage).</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, SiteDefaults defaults) => args switch
    {
        ["doctor", .. var rest] => await DoctorCommand.RunAsync(rest, output, defaults).ConfigureAwait(false),
#if !TERMINAL_SITE_TOOL
        ["card", "info", .. var rest] => CardInfoCommand.Run(rest, output),
#endif
        ["xml", "check", .. var rest] => XmlCheckCommand.Run(rest, output),
        ["backup", .. var rest] => await BackupCommand.BackupAsync(rest, output, error, defaults).ConfigureAwait(false),
        ["restore", .. var rest] => await BackupCommand.RestoreAsync(rest, output, error, defaults).ConfigureAwait(false),
        ["support", .. var rest] => await SupportCommand.RunAsync(rest, output, error, defaults).ConfigureAwait(false),
        ["pair", .. var rest] => await PairCommand.PairAsync(rest, output).ConfigureAwait(false),
        ["unpair", .. var rest] => await PairCommand.UnpairAsync(rest, output).ConfigureAwait(false),
        _ => null,
    };
}
