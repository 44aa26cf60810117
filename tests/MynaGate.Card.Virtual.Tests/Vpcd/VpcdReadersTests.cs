using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Card.Virtual.Tests.Vpcd;

public sealed class VpcdReadersTests
{
    [Theory]
    [InlineData("Virtual PCD 00 00", 35963)]
    [InlineData("Virtual PCD 00 01", 35964)]
    [InlineData("Virtual PCD 35965 03 00", 35965)]
    [InlineData("Virtual PCD 35977 01 01", 35978)]
    public void PortOf_reads_the_entrys_first_port_and_the_slot(string name, int port) => Assert.Equal(port, VpcdReaders.PortOf(name));

    [Theory]
    [InlineData("SCM SCR 3310 00 00")]
    [InlineData("Virtual PCD")]
    [InlineData("Virtual PCD 00 zz")]
    public void PortOf_is_null_for_other_names(string name) => Assert.Null(VpcdReaders.PortOf(name));
}
