using System.Threading.Channels;
using MynaGate.Certificates.Xml;
using MynaGate.Link.Messages;
using MynaGate.Terminal.Results;

namespace MynaGate.Terminal.Tests.Results;

/// <summary>What a receipt computer's folder watcher sees of a result file, as docs/face-result-xml.md tells vendors.</summary>
public sealed class FaceFolderWatcherTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mynagate-watch-").FullName;

    [Fact]
    public async Task A_finished_result_appears_to_a_watcher_only_as_a_rename_to_its_name()
    {
        var events = Channel.CreateUnbounded<(WatcherChangeTypes Kind, string Name)>();
        using var watcher = new FileSystemWatcher(_folder) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, e) => events.Writer.TryWrite((e.ChangeType, e.Name!));
        watcher.Changed += (_, e) => events.Writer.TryWrite((e.ChangeType, e.Name!));
        watcher.Renamed += (_, e) => events.Writer.TryWrite((e.ChangeType, e.Name!));
        watcher.EnableRaisingEvents = true;

        string name = new FaceResultWriter(_folder, XmlCharacterCode.Utf8).WriteRefusal("R01", "1311111114", DateTimeOffset.UtcNow,
            LinkErrorCodes.CertificateRevoked, "失効");

        var seen = new List<(WatcherChangeTypes Kind, string Name)>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!seen.Exists(e => e.Name == name))
            seen.Add(await events.Reader.ReadAsync(timeout.Token));
        Assert.Equal(WatcherChangeTypes.Renamed, seen.Single(e => e.Name == name).Kind);
        Assert.All(seen.Where(e => e.Kind != WatcherChangeTypes.Renamed), e => Assert.EndsWith(".tmp", e.Name, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
