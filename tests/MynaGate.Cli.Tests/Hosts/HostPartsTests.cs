using System.Reflection;
using MynaGate.Hosting;
using MynaGate.Onshi.Host;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Cli.Tests.Hosts;

/// <summary>The hosts expose nothing for tests: what an in-process chain watches, it reads from the parts a host publishes.</summary>
public sealed class HostPartsTests
{
    public static TheoryData<Type> HostedServices => [typeof(ReaderHostedService), typeof(TerminalHostedService), typeof(OnshiHostedService)];

    [Theory]
    [MemberData(nameof(HostedServices))]
    public void A_hosted_service_has_no_public_property(Type service) =>
        Assert.Empty(service.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static));

    [Fact]
    public void A_part_is_there_from_its_publication_until_it_is_withdrawn()
    {
        var parts = new HostParts();
        var part = new ReaderFlowLoop(Task.CompletedTask);

        Assert.Throws<InvalidOperationException>(() => parts.Get<ReaderFlowLoop>());
        parts.Publish(part);
        Assert.Same(part, parts.Get<ReaderFlowLoop>());
        parts.Withdraw<ReaderFlowLoop>();
        Assert.Throws<InvalidOperationException>(() => parts.Get<ReaderFlowLoop>());
    }
}
