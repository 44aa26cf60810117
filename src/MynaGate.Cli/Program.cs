using MynaGate.Cli.Commands;

namespace MynaGate.Cli;

/// <summary>The <c>mynagate</c> command. Setup, test and the process orchestration live in the <c>./mynagate</c> script.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs one command line: exit code 0 success, 1 a negative result, 2 bad usage.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args switch
            {
                ["demo", .. var rest] => await DemoCommand.RunAsync(rest, output).ConfigureAwait(false),
                ["card", "demo", .. var rest] => await CardDemoCommand.RunAsync(rest).ConfigureAwait(false),
                ["vcard", .. var rest] => await VirtualCardCommand.RunAsync(rest, output).ConfigureAwait(false),
                ["doctor", .. var rest] => await DoctorCommand.RunAsync(rest, output).ConfigureAwait(false),
                ["card", "info", .. var rest] => CardInfoCommand.Run(rest, output),
                ["ocr", "card", .. var rest] => OcrCardCommand.Run(rest, output),
                ["ocr", "cert", .. var rest] => OcrCertificateCommand.Run(rest, output),
                ["face", "compare", .. var rest] => FaceCompareCommand.Run(rest, output),
                ["xml", "check", .. var rest] => XmlCheckCommand.Run(rest, output),
                ["docs", .. var rest] => DocsCommand.Run(rest, output),
                ["backup", .. var rest] => await BackupCommand.BackupAsync(rest, output, error).ConfigureAwait(false),
                ["restore", .. var rest] => await BackupCommand.RestoreAsync(rest, output, error).ConfigureAwait(false),
                ["support", .. var rest] => await SupportCommand.RunAsync(rest, output, error).ConfigureAwait(false),
                ["pair", .. var rest] => await PairCommand.PairAsync(rest, output).ConfigureAwait(false),
                ["unpair", .. var rest] => await PairCommand.UnpairAsync(rest, output).ConfigureAwait(false),
                ["--version"] => Version(output),
                [] or ["--help"] or ["-h"] or ["help"] => Usage(output, 0),
                _ => Usage(error, 2),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"mynagate: {e.Message} (see --help)");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a path that passed the checks but cannot be read or written (no permission, a full disk, /proc): one
            // line, no stack trace; the message names the path, never a value read from it
            error.WriteLine($"mynagate: {e.Message}");
            return 2;
        }
    }

    // the product version every host also logs at start (Directory.Build.props)
    private static int Version(TextWriter output)
    {
        string version = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];
        output.WriteLine($"mynagate {version}");
        return 0;
    }

    private static int Usage(TextWriter writer, int code)
    {
        writer.WriteLine("""
            usage: mynagate --version
                   mynagate demo
                   mynagate card demo [--seed N] [--port P] [--show]
                   mynagate vcard --seed N [--port P] [--reissue] [--get-response] [--kind card|pinless|android|iphone]
                   mynagate doctor [--state DIR] [--json]
                   mynagate card info [--reader NAME] [--json]
                   mynagate ocr card IMAGE... [--show] [--json]
                   mynagate ocr cert IMAGE... [--form auto|kodomo|hitorioya|shinshin|hokensho|shikakukakuninsho] [--show] [--json]
                   mynagate face compare REFERENCE PROBE [--json]
                   mynagate xml check FILE... [--json]
                   mynagate docs error-codes|face-result-xml|security [--check]
                   mynagate support bundle [--state DIR] [--days N] [--out FILE]
                   mynagate backup --out FILE --passphrase-file FILE [--state DIR]
                   mynagate restore FILE --passphrase-file FILE [--state DIR] [--replace]
                   mynagate pair --console URL --user NAME --password-file FILE --reader URL --code CODE [--fingerprint HEX] [--json]
                   mynagate unpair --console URL --user NAME --password-file FILE --reader-id ID [--fingerprint HEX] [--json]
              demo          the whole system: national-service emulator, terminal, two readers with kiosk screens
                            and a control page for the virtual cards, until Ctrl-C
              card demo     insert a virtual My Number Card into a vpcd reader and read it through pcscd,
                            by PIN and by 照合番号B, as a reader unit does (personal values masked unless --show)
              vcard         keep a virtual card inserted in a vpcd slot until Ctrl-C
              doctor        checks the machine: pcscd and readers, cameras, models, Tesseract, native library,
                            ports, Face folder, national service, pairing; each line says what to do about a failure
              card info     what a placed card says without any secret (ATR, applications, tries, expiry)
              ocr card      the card-face OCR (照合番号B fields) on image files
              ocr cert      the paper-certificate OCR on image files
              face compare  detection, quality, mask, liveness and the match decision for two images
              xml check     result XML files against the element dictionary
              backup        identities, pairings, settings, accounts and configuration, sealed with a passphrase
              restore       a backup onto a fresh install: the site comes back paired
              support       one zip for a support call: versions, doctor, configuration without secrets, the log
              docs          writes what the documents take from the code: the error codes, the result-XML samples
                            (--check: are they current)
              pair, unpair  pair a reader with the running terminal (or unpair it) through its console, for installers
            each command has --help; exit codes: 0 success, 1 negative result, 2 bad usage
            """);
        return code;
    }
}
