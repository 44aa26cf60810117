using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Card.Virtual.Tests;

/// <summary>Issues virtual cards into a temporary state folder shared by one test class.</summary>
public sealed class TestCardFactory : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mynagate-vcard-tests-").FullName;

    public TestCardFactory() => Authority = TestJpkiAuthority.LoadOrCreate(Path.Combine(_directory, "ca"));

    public TestJpkiAuthority Authority { get; }

    public string StateFile(int seed) => Path.Combine(_directory, $"card-{seed}-{Guid.NewGuid():N}.json");

    public VirtualMyNumberCard Issue(int seed, bool useGetResponse = false)
    {
        var persona = PersonaGenerator.Generate(seed);
        string path = StateFile(seed);
        VirtualCardStore.Save(path, VirtualCardIssuer.Issue(persona, VirtualCardIssuer.DefaultImages(persona, seed), Authority, useGetResponse));
        var card = VirtualMyNumberCard.Load(path);
        card.PowerOn();
        return card;
    }

    public void Dispose()
    {
        Authority.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
