using MynaGate.Hosting;

namespace MynaGate.Kiosk.Tests;

public class ListenAddressTests
{
    [Theory]
    [InlineData("0.0.0.0:47201", 47201)]
    [InlineData("127.0.0.1:0", 0)]
    [InlineData("[::]:443", 443)]
    [InlineData("[::1]:47100", 47100)]
    public void An_address_with_its_port_is_read(string text, int port)
    {
        Assert.True(ListenAddress.TryParse(text, out var endpoint));
        Assert.Equal(port, endpoint.Port);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nowhere")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("127.0.0.1:65536")]
    [InlineData("localhost:80")]
    public void An_address_without_a_usable_port_is_refused_with_its_key(string text)
    {
        Assert.False(ListenAddress.TryParse(text, out _));
        Assert.StartsWith("Reader:LinkListen must be address:port", ListenAddress.Problem("Reader:LinkListen", text), StringComparison.Ordinal);
    }
}
