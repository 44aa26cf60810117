using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Tests;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// A whole chain (emulator, terminal, two readers on the first two vpcd slots, their smartphones' readers on slots 8 and 9) in a fresh state folder, shared by the tests
/// of a collection. Holds the vpcd lock so the card tests in another process wait.
/// </summary>
public class ChainFixture : IAsyncLifetime
{
    private VpcdLock? _slots;

    public LocalChain Chain { get; protected set; } = null!;
    public string StateDirectory { get; } = TempFolders.LettersOnly("mynagate-e2e-");

    protected virtual ChainOptions Options => new()
    {
        StateDirectory = StateDirectory,
        Readers = 2,
        // every reader has a smartphones' reader, so every test goes through the idle screen that offers スマートフォン
        SmartphoneReaders = true,
        Flow = new FlowOptions
        {
            // the tests of everything else answer the older set's four screens and no prescription choice; the
            // current set and the choice have their own tests (CurrentConsentSetTests), which switch them on
            Consents = ConsentSets.Before2024,
            PrescriptionChoice = false,
            InputTimeout = TimeSpan.FromSeconds(30),
            TerminalTimeout = TimeSpan.FromSeconds(8),
        },
        NationalServiceTimeout = TimeSpan.FromSeconds(4),
    };

    public async Task InitializeAsync()
    {
        string shared = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } state ? state : ".state";
        _slots = await VpcdLock.AcquireAsync(shared, TimeSpan.FromMinutes(20));
        Chain = await LocalChain.StartAsync(Options);
    }

    public async Task DisposeAsync()
    {
        if (Chain is not null) await Chain.DisposeAsync();
        _slots?.Dispose();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChainGroup : ICollectionFixture<ChainFixture>
{
    public const string Name = "chain";
}
