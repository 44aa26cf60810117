using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Ocr.Synthetic;
using MynaGate.Reader.Host;
using MynaGate.Site;
using MynaGate.Vision.Models;

namespace MynaGate.Chain;

/// <summary>
/// The chain's reader units: one mynagate-reader host per vpcd slot, each started in this process from the
/// configuration file written for it, unpaired until a terminal enters their codes. Apart from the national service
/// and the terminal, so the benchmark can run them in a process of their own, as on site, where each reader is a
/// computer of its own. The emulator must have exported the card-face root key beside the test authority first.
/// </summary>
public sealed class ChainReaders : IAsyncDisposable
{
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();
    private readonly List<ChainReader> _readers = [];

    private ChainReaders()
    {
    }

    public IReadOnlyList<ChainReader> All => _readers;

    public static async Task<ChainReaders> StartAsync(ChainOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = new ChainConfiguration(options);
        string authority = new VirtualCardProvisioner(configuration.Layout.VirtualCards).AuthorityDirectory;
        string models = Path.GetFullPath(ModelDirectory.Resolve());
        var readers = new ChainReaders();
        try
        {
            string[] cardReaders = [];
            string[] phoneReaders = [];
            var phonePorts = configuration.PhoneSlotPorts();
            // a chain without readers (the relay benchmark's) needs no pcscd
            if (options.Readers > 0)
            {
                using var context = PcscContext.Establish();
                cardReaders = [.. Enumerable.Range(0, options.Readers).Select(i => VpcdReaders.ForPort(context, VpcdSlot.FirstPort + i))];
                phoneReaders = [.. phonePorts.Select(port => VpcdReaders.ForPort(context, port))];
            }
            for (int i = 0; i < options.Readers; i++)
            {
                string id = SiteLayout.ReaderId(i);
                string file = configuration.Reader(i, cardReaders[i], phonePorts.Count > 0 ? phoneReaders[i] : null, authority, models);
                var host = await InProcessHost.StartAsync(ReaderHost.Definition, file, cancellationToken).ConfigureAwait(false);
                var cameras = new FolderCameras(configuration.Layout.ReaderCamera(id, "card"), configuration.Layout.ReaderCamera(id, "face"), readers._fonts);
                readers._readers.Add(new ChainReader(id, host, new VpcdSlot(VpcdSlot.FirstPort + i), cameras)
                {
                    PhoneSlot = phonePorts.Count > 0 ? new VpcdSlot(phonePorts[i]) : null,
                });
            }
            return readers;
        }
        catch
        {
            await readers.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers) await reader.DisposeAsync().ConfigureAwait(false);
        _fonts.Dispose();
    }
}
