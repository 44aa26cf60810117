using System.Security.Cryptography;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>
/// The virtual cards the flow tests place, issued once for all of them by a test authority in a temporary folder
/// (issuing runs the JPEG 2000 encoder); each test gets its own copy in memory, with fresh counters.
/// </summary>
public sealed class FlowCards : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mynagate-flow-tests-").FullName;
    private readonly Dictionary<VirtualCardKind, string> _files = [];
    private readonly RSAParameters _cardFaceRoot;

    public FlowCards()
    {
        var provisioner = new VirtualCardProvisioner(_directory);
        using (var authority = provisioner.LoadAuthority()) _cardFaceRoot = authority.CardFaceRootKey.ExportParameters(false);
        foreach (var (kind, seed) in new[] { (VirtualCardKind.Card, 701), (VirtualCardKind.PinLess, 702), (VirtualCardKind.Android, 703), (VirtualCardKind.IPhone, 704) })
        {
            provisioner.Reissue(seed, kind: kind);
            _files[kind] = provisioner.CardPath(seed, kind);
        }
    }

    /// <summary>The public half of the root that certified the cards' card-face APs.</summary>
    internal RSAParameters CardFaceRoot => _cardFaceRoot;

    /// <summary>A copy of the <paramref name="kind"/> card in memory: its counters are this test's own.</summary>
    internal VirtualMyNumberCard Fresh(VirtualCardKind kind = VirtualCardKind.Card) => new(VirtualCardStore.Load(_files[kind]));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class FlowTests : ICollectionFixture<FlowCards>
{
    public const string Name = "flow";
}
