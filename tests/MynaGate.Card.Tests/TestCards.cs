using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;

namespace MynaGate.Card.Tests;

/// <summary>A temporary state folder with the test authority; cards issued fresh per call (counters full).</summary>
public sealed class TestCards : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mynagate-card-tests-").FullName;

    public TestCards() => Provisioner = new VirtualCardProvisioner(_directory);

    public VirtualCardProvisioner Provisioner { get; }

    public VirtualMyNumberCard Issue(int seed, bool useGetResponse = false) => Provisioner.Reissue(seed, useGetResponse: useGetResponse);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
