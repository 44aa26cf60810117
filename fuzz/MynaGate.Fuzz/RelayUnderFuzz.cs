using System.Text.Json;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Links;
using MynaGate.Terminal.Logging;
using MynaGate.Terminal.Relay;
using MynaGate.Terminal.Results;

namespace MynaGate.Fuzz;

/// <summary>
/// The terminal's session relay as a reader link hands it a message: one relay for the whole run, over a throw-away
/// Face folder and log, with a national service that refuses connections (a message that passes every check gets its
/// T-code from there). The relay answers every message; an exception out of it is a finding.
/// </summary>
internal static class RelayUnderFuzz
{
    private static readonly Lazy<Instance> Shared = new(Start);

    public static void Handle(byte[] input)
    {
        LinkRequest? request = null;
        FuzzTarget.Expecting<JsonException>(() => request = JsonSerializer.Deserialize<LinkRequest>(input, LinkJson.Options));
        if (request is null) return;
        var relay = Shared.Value;
        // a challenge first for the message's session, so a message can get past the challenge check
        if (LinkRequestShape.IsId(request.SessionId))
            relay.Relay.HandleAsync(relay.Reader, new LinkRequest("fuzz-challenge", request.SessionId, LinkRequestKind.Challenge), CancellationToken.None).GetAwaiter().GetResult();
        _ = relay.Relay.HandleAsync(relay.Reader, request, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static Instance Start()
    {
        // under afl-fuzz a folder in the campaign's scratch, which the campaign deletes; run alone (tests, a finding
        // replayed) a temporary one, deleted as the process exits
        string folder;
        if (Environment.GetEnvironmentVariable(FuzzCampaign.ScratchVariable) is { Length: > 0 } scratch)
        {
            folder = Directory.CreateDirectory(Path.Combine(scratch, Guid.NewGuid().ToString("N"))).FullName;
        }
        else
        {
            folder = Directory.CreateTempSubdirectory("mynagate-fuzz-relay-").FullName;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        }
        string face = Directory.CreateDirectory(Path.Combine(folder, "Face")).FullName;
        var log = new TerminalEventLog(SqlDataSource.Open(null, Path.Combine(folder, "log.db")), TimeProvider.System);
        log.EnsureSchemaAsync().GetAwaiter().GetResult();
        var terminal = DeviceIdentity.Create("fuzz-terminal");
        var reader = DeviceIdentity.Create("fuzz-reader");
        var client = new NationalServiceClient(new Uri("https://127.0.0.1:1/"), terminal, CertificatePin.Of(reader), TimeSpan.FromSeconds(2));
        const string institution = "1311111114";
        // never called down: every input reaches the relay's own checks, not the outage's short answer
        var outage = new NationalServiceWatch(_ => Task.CompletedTask, log, TimeProvider.System, int.MaxValue, TimeSpan.FromMinutes(1));
        var relay = new SessionRelay(client, outage, new FaceResultWriter(face, XmlCharacterCode.Utf8),
            new CertificateResultWriter(face, XmlCharacterCode.Utf8, institution), log, institution, TimeProvider.System);
        return new Instance(relay, new PairedReader("R01", "MG-R01-0001", new Uri("https://127.0.0.1:1/"), reader.RawData));
    }

    private sealed record Instance(SessionRelay Relay, PairedReader Reader);
}
