using MynaGate.Chain;
using MynaGate.Cli.Commands;
using MynaGate.Site.Commands;

namespace MynaGate.Cli;

/// <summary>
/// The developer's <c>mynagate</c> (run through <c>./mynagate</c>): the demo, the virtual card, the OCR and face
/// commands and the documents, and every site-tool command on the demo's state. Setup, test and the process
/// orchestration live in the <c>./mynagate</c> script.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: mynagate --version
               mynagate demo
               mynagate card demo [--seed N] [--port P] [--show]
               mynagate vcard --seed N [--port P] [--reissue] [--get-response] [--kind card|pinless|android|iphone]
               mynagate ocr card IMAGE... [--show] [--json]
               mynagate ocr cert IMAGE... [--form auto|kodomo|hitorioya|shinshin|hokensho|shikakukakuninsho] [--show] [--json]
               mynagate face compare REFERENCE PROBE [--json]
               mynagate docs config|error-codes|face-result-xml|security [--check]

        """ + SiteCommands.Synopsis + """

          demo          the whole system: national-service emulator, terminal, two readers with kiosk screens
                        and a control page for the virtual cards, until Ctrl-C
          card demo     insert a virtual My Number Card into a vpcd reader and read it through pcscd,
                        by PIN and by 照合番号B, as a reader unit does (personal values masked unless --show)
          vcard         keep a virtual card inserted in a vpcd slot until Ctrl-C
          ocr card      the card-face OCR (照合番号B fields) on image files
          ocr cert      the paper-certificate OCR on image files
          face compare  detection, quality, mask, liveness and the match decision for two images
          docs          writes what the documents take from the code: the configuration keys, the error codes, the
                        result-XML samples, the security limits (--check: are they current)

        """ + SiteCommands.Descriptions + """

          the site commands (the installed site tool's) look at the demo's state unless given --state
        each command has --help; exit codes: 0 success, 1 negative result, 2 bad usage
        """;

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs one command line: exit code 0 success, 1 a negative result, 2 bad usage.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CommandLine.RunAsync(error, async () => args switch
        {
            ["demo", .. var rest] => await DemoCommand.RunAsync(rest, output).ConfigureAwait(false),
            ["card", "demo", .. var rest] => await CardDemoCommand.RunAsync(rest).ConfigureAwait(false),
            ["vcard", .. var rest] => await VirtualCardCommand.RunAsync(rest, output).ConfigureAwait(false),
            ["ocr", "card", .. var rest] => OcrCardCommand.Run(rest, output),
            ["ocr", "cert", .. var rest] => OcrCertificateCommand.Run(rest, output),
            ["face", "compare", .. var rest] => FaceCompareCommand.Run(rest, output),
            ["docs", .. var rest] => DocsCommand.Run(rest, output),
            ["--version"] => CommandLine.Version(output),
            [] or ["--help"] or ["-h"] or ["help"] => CommandLine.Usage(output, 0, Usage),
            _ => await SiteCommands.TryRunAsync(args, output, error, DemoSite.Defaults).ConfigureAwait(false) ?? CommandLine.Usage(error, 2, Usage),
        });
    }
}
