using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Card.Virtual.Tests;

/// <summary>Issues powered-on virtual cards into a temporary state folder shared by one test class.</summary>
public sealed class TestCardFactory : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mynagate-vcard-tests-").FullName;
    private readonly VirtualCardProvisioner _provisioner;

    public TestCardFactory()
    {
        _provisioner = new VirtualCardProvisioner(_directory);
        Authority = _provisioner.LoadAuthority();
    }

    public TestJpkiAuthority Authority { get; }

    /// <summary>A fresh path for a copy of a card's state file.</summary>
    public string StateFile(int seed) => Path.Combine(_directory, $"card-{seed}-{Guid.NewGuid():N}.json");

    public VirtualMyNumberCard Issue(int seed, bool useGetResponse = false, VirtualCardKind kind = VirtualCardKind.Card)
    {
        var card = _provisioner.Reissue(seed, useGetResponse: useGetResponse, kind: kind);
        card.PowerOn();
        return card;
    }

    public void Dispose()
    {
        Authority.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
