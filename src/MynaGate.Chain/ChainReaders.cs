using System.Net;
using System.Security.Cryptography;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Link.Identity;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Reader.Cards;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Reader.Link;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Chain;

/// <summary>
/// The chain's emulated reader units, each on its own vpcd slot with its link server (and kiosk screen), unpaired
/// until a terminal enters their codes. Apart from the national service and the terminal, so the benchmark can run
/// them in a process of their own, as on site, where each reader is a computer of its own.
/// </summary>
public sealed class ChainReaders : IAsyncDisposable
{
    private readonly ChainOptions _options;
    private readonly ChainLayout _layout;
    private readonly RSAParameters _cardFaceRoot;
    private readonly TesseractPool _ocr = new();
    private readonly SyntheticFonts _fonts = SyntheticFonts.Load();
    private readonly List<ChainReader> _readers = [];

    private ChainReaders(ChainOptions options, RSAParameters cardFaceRoot)
    {
        _options = options;
        _layout = new ChainLayout(options.StateDirectory);
        _cardFaceRoot = cardFaceRoot;
    }

    public IReadOnlyList<ChainReader> All => _readers;

    /// <summary>Starts <see cref="ChainOptions.Readers"/> readers; <paramref name="cardFaceRoot"/> is the key that certifies card faces.</summary>
    public static async Task<ChainReaders> StartAsync(ChainOptions options, RSAParameters cardFaceRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var readers = new ChainReaders(options, cardFaceRoot);
        try
        {
            using var context = PcscContext.Establish();
            for (int i = 0; i < options.Readers; i++)
                readers._readers.Add(await readers.StartReaderAsync(context, i, cancellationToken).ConfigureAwait(false));
            return readers;
        }
        catch
        {
            await readers.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<ChainReader> StartReaderAsync(PcscContext context, int index, CancellationToken cancellationToken)
    {
        string id = ChainLayout.ReaderId(index);
        string serial = $"MG-{id}-0001";
        var identity = DeviceIdentity.LoadOrCreate(Path.Combine(_layout.ReaderFolder(id), "identity.pfx"), $"MynaGate Reader {id}");
        var pairing = new PairingState(_layout.ReaderPairing(id));
        var channel = new TerminalChannel();
        int port = VpcdSlot.FirstPort + index;
        string pcscReader = VpcdReaders.ForPort(context, port);
        var cameras = new ChainCameras(new CardFaceRenderer(_fonts), new CertificateRenderer(_fonts));
        var faces = FaceEngine.Create(FaceEngineOptions.Default(), ModelDirectory.Resolve());
        var devices = new ReaderDevices(new PcscCardSlot(pcscReader), cameras.OpenCardCamera, cameras.OpenFaceCamera, faces,
            new CardFaceFrameReader(_ocr), new CertificateReader(_ocr), _cardFaceRoot);
        // a reader with a screen shows the patient the face camera
        var flowOptions = _options.Kiosks ? _options.Flow with { LivePreview = true } : _options.Flow;
        var flow = new VerificationFlow(devices, flowOptions, channel, identity, id, TimeProvider.System);
        var kiosk = _options.Kiosks
            ? await KioskServer.StartAsync(_options.Ports.Kiosk(index), flow, _options.Kiosk with { Serial = serial }, pairing, cancellationToken).ConfigureAwait(false)
            : null;
        var control = new ReaderControl(flow, kiosk, serial, TimeProvider.System);
        ReaderLinkServer server;
        try
        {
            server = await ReaderLinkServer.StartAsync(new IPEndPoint(IPAddress.Loopback, _options.Ports.ReaderLink(index)), identity, id, serial, pairing, channel,
                control, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            control.Dispose();
            if (kiosk is not null) await kiosk.DisposeAsync().ConfigureAwait(false);
            faces.Dispose();
            throw;
        }
        return new ChainReader(id, flow, server, pairing, new VpcdSlot(port), cameras, faces) { Kiosk = kiosk, Control = control };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in _readers) await reader.DisposeAsync().ConfigureAwait(false);
        _fonts.Dispose();
        _ocr.Dispose();
    }
}
