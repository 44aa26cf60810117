using MynaGate.Card.Tlv;

namespace MynaGate.Card.Tests.Tlv;

public sealed class BerTlvReaderTests
{
    [Fact]
    public void ReadElement_nested_record_reads_tags_and_values()
    {
        byte[] data = new BerTlvWriter().WriteConstructed(0xFF20, w => w.Write(0xDF22, "19800217"u8).Write(0xDF23, "1"u8)).ToArray();
        var outer = new BerTlvReader(data);
        var element = outer.ReadElement();
        Assert.Equal(0xFF20u, element.Tag);
        Assert.True(element.IsConstructed);
        var inner = new BerTlvReader(element.Value);
        Assert.Equal("19800217"u8.ToArray(), inner.ReadValue(0xDF22).ToArray());
        Assert.Equal("1"u8.ToArray(), inner.ReadValue(0xDF23).ToArray());
        Assert.False(inner.HasData);
        Assert.False(outer.HasData);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(5000)]
    [InlineData(70000)]
    public void Writer_length_forms_round_trip(int length)
    {
        byte[] data = new BerTlvWriter().Write(0x5F37, new byte[length]).ToArray();
        var reader = new BerTlvReader(data);
        Assert.Equal(length, reader.ReadElement().Value.Length);
    }

    [Theory]
    [InlineData("length past the end", "DF2205313233")]
    [InlineData("long length past the end", "DF228201003132")]
    [InlineData("length field truncated", "DF2282")]
    [InlineData("indefinite length", "FF2080")]
    [InlineData("four-byte length field", "DF228400000001")]
    [InlineData("tag truncated", "DF")]
    [InlineData("length missing", "DF22")]
    [InlineData("empty", "")]
    public void ReadElement_malformed_throws_card_protocol_exception_and_does_not_advance(string description, string hex)
    {
        byte[] data = Convert.FromHexString(hex);
        var reader = new BerTlvReader(data);
        bool ok = reader.TryReadElement(out _, out string? error);
        Assert.False(ok, description);
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Equal(data.Length, reader.Remaining.Length);
        Assert.Throws<CardProtocolException>(() => new BerTlvReader(data).ReadElement());
    }

    [Fact]
    public void ReadValue_wrong_tag_throws_with_both_tags()
    {
        var e = Assert.Throws<CardProtocolException>(() => new BerTlvReader(Convert.FromHexString("DF230131")).ReadValue(0xDF22));
        Assert.Contains("DF22", e.Message);
        Assert.Contains("DF23", e.Message);
    }
}
