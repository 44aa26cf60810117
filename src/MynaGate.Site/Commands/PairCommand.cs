using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MynaGate.Admin.Installation;
using MynaGate.Link.Messages;

namespace MynaGate.Site.Commands;

/// <summary>
/// <c>mynagate pair</c> and <c>mynagate unpair</c>: what the console's リーダーを追加 and ペアリング解除 do, from an
/// installer's script, through the running terminal's console (<see cref="InstallerApi"/>).
/// </summary>
public static class PairCommand
{
    public const string PairHelp = """
        usage: mynagate pair --console URL --user NAME --password-file FILE --reader URL --code CODE [--fingerprint HEX] [--json]
          Pairs the reader at --reader (https://host:port/, its link address) with the terminal whose console is at
          --console, by the 6-digit code the reader's screen shows. The console account signs the call; its password
          is read from FILE (never from the command line, where other users could see it). --fingerprint is the
          SHA-256 of the console's certificate as the terminal logs it at start, and is required for https://.
          exit code: 0 paired, 1 refused (the row says the P1xx code and what to do), 2 bad usage
        """;

    public const string UnpairHelp = """
        usage: mynagate unpair --console URL --user NAME --password-file FILE --reader-id ID [--fingerprint HEX] [--json]
          Unpairs the reader ID: it forgets the terminal and shows a new code, and the terminal forgets it.
          exit code: 0 unpaired on both sides, 1 not known or the reader was not reached (forgotten here only), 2 bad usage
        """;

    public static async Task<int> PairAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, PairHelp, output, operands: false, [], "--console", "--user", "--password-file", "--reader", "--code", "--fingerprint") is not { } arguments) return 0;
        string reader = Required(arguments, "--reader"), code = Required(arguments, "--code");
        using var http = Client(arguments);
        using var response = await http.PostAsJsonAsync(new Uri(InstallerApi.Prefix + "/pairings", UriKind.Relative), new PairingOrder(reader, code), LinkJson.Options).ConfigureAwait(false);
        return await ReportAsync(response, arguments, output, HttpStatusCode.Created).ConfigureAwait(false);
    }

    public static async Task<int> UnpairAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (Arguments.ForCommand(args, UnpairHelp, output, operands: false, [], "--console", "--user", "--password-file", "--reader-id", "--fingerprint") is not { } arguments) return 0;
        string readerId = Required(arguments, "--reader-id");
        using var http = Client(arguments);
        using var response = await http.DeleteAsync(new Uri($"{InstallerApi.Prefix}/pairings/{Uri.EscapeDataString(readerId)}", UriKind.Relative)).ConfigureAwait(false);
        var answer = await response.Content.ReadFromJsonAsync<InstallerAnswer>(LinkJson.Options).ConfigureAwait(false);
        Write(output, arguments, answer);
        return response.IsSuccessStatusCode && answer?.Status == "unpaired" ? 0 : 1;
    }

    private static async Task<int> ReportAsync(HttpResponseMessage response, Arguments arguments, TextWriter output, HttpStatusCode success)
    {
        var answer = await response.Content.ReadFromJsonAsync<InstallerAnswer>(LinkJson.Options).ConfigureAwait(false);
        Write(output, arguments, answer);
        return response.StatusCode == success ? 0 : 1;
    }

    private static void Write(TextWriter output, Arguments arguments, InstallerAnswer? answer)
    {
        var report = new Report(output, arguments.Has("--json"));
        report.Add(("status", answer?.Status ?? "no-answer"), ("reader", answer?.ReaderId), ("serial", answer?.Serial), ("message", answer?.Message));
        report.Flush();
    }

    private static HttpClient Client(Arguments arguments)
    {
        if (!Uri.TryCreate(Required(arguments, "--console"), UriKind.Absolute, out var console) || console.PathAndQuery != "/")
            throw new UsageException("--console is the console's address, https://host:port/");
        string user = Required(arguments, "--user");
        string passwordFile = Required(arguments, "--password-file");
        string password = File.ReadAllText(CommandPaths.ExistingFile(passwordFile, "--password-file")).TrimEnd('\r', '\n');
        var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) };
        if (console.Scheme == Uri.UriSchemeHttps)
        {
            string fingerprint = (arguments.Text("--fingerprint") ?? throw new UsageException("--fingerprint is required for an https:// console (the terminal logs it at start)"))
                .Replace(":", "", StringComparison.Ordinal).ToUpperInvariant();
            if (fingerprint.Length != 64 || !fingerprint.All(char.IsAsciiHexDigit)) throw new UsageException("--fingerprint is 64 hex digits");
            // the console's certificate is self-signed on most sites: trust is this fingerprint, not a CA
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is X509Certificate2 presented && Convert.ToHexString(SHA256.HashData(presented.RawData)) == fingerprint;
        }
        else if (console.Scheme != Uri.UriSchemeHttp || !IPAddress.TryParse(console.Host, out var ip) || !IPAddress.IsLoopback(ip))
            throw new UsageException("--console is https://, or http:// on 127.0.0.1 only");
        var http = new HttpClient(handler) { BaseAddress = console, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http;
    }

    private static string Required(Arguments arguments, string name) =>
        arguments.Text(name) is { Length: > 0 } value ? value : throw new UsageException($"{name} is required");
}
