using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Card.Tests.Pcsc;

/// <summary>
/// Tests through the real pcsc-lite daemon and the vpcd driver (./mynagate test starts pcscd when none runs). They
/// share the two vpcd slots, so they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PcscdTestGroup : ICollectionFixture<PcscdFixture>
{
    public const string Name = "pcscd";
}

public sealed class PcscdFixture : IDisposable
{
    // the end-to-end tests drive the same vpcd slots from another process
    private readonly VpcdLock _slots = VpcdLock.AcquireAsync(
        Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } state ? state : ".state", TimeSpan.FromMinutes(20)).GetAwaiter().GetResult();

    public PcscdFixture()
    {
        Cards = new TestCards();
        using var context = PcscContext.Establish();
        var readers = context.ListReaders().Where(VpcdReaders.IsVirtual).ToList();
        if (readers.Count < 2)
            throw new InvalidOperationException($"pcscd lists {readers.Count} vpcd reader(s), 2 needed: run through ./mynagate test.");
    }

    public TestCards Cards { get; }

    public void Dispose()
    {
        Cards.Dispose();
        _slots.Dispose();
    }
}
