using MynaGate.Cli.Commands;

namespace MynaGate.Cli;

/// <summary>The <c>mynagate</c> command. Setup, test and the process orchestration live in the <c>./mynagate</c> script.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["demo", .. var rest] => await CardDemoCommand.RunAsync(rest).ConfigureAwait(false),
                ["vcard", .. var rest] => await VirtualCardCommand.RunAsync(rest).ConfigureAwait(false),
                [] or ["--help"] or ["-h"] or ["help"] => Usage(0),
                _ => Usage(2),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"mynagate: {e.Message}");
            return 2;
        }
    }

    private static int Usage(int code)
    {
        (code == 0 ? Console.Out : Console.Error).WriteLine("""
            usage: mynagate demo [--seed N] [--port P] [--show]
                   mynagate vcard --seed N [--port P] [--reissue] [--get-response]
              demo   insert a virtual My Number Card into a vpcd reader and read it through pcscd,
                     by PIN and by 照合番号B, as a reader unit does (personal values masked unless --show)
              vcard  keep a virtual card inserted in a vpcd slot until Ctrl-C
            """);
        return code;
    }
}
