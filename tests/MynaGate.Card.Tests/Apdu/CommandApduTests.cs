using MynaGate.Card.Apdu;

namespace MynaGate.Card.Tests.Apdu;

public sealed class CommandApduTests
{
    [Theory]
    [InlineData("case 1", "", 0, "00A40000")]
    [InlineData("case 2 short, Le 256 as 00", "", 256, "00A4000000")]
    [InlineData("case 3 short", "0102", 0, "00A40000020102")]
    [InlineData("case 4 short", "0102", 16, "00A4000002010210")]
    [InlineData("case 2 extended", "", 65536, "00A4000000" + "0000")]
    [InlineData("case 2 extended, Le 300", "", 300, "00A4000000012C")]
    public void Encode_produces_iso_cases(string description, string data, int ne, string expected)
    {
        var apdu = new CommandApdu(0x00, 0xA4, 0x00, 0x00, Convert.FromHexString(data), ne);
        Assert.True(Convert.ToHexString(apdu.ToArray()) == expected, description);
        Assert.Equal(expected.Length / 2, apdu.EncodedLength);
    }

    [Fact]
    public void Encode_extended_case_4_has_three_byte_lc_and_two_byte_le()
    {
        var apdu = new CommandApdu(0x80, 0x2A, 0x00, 0x80, new byte[300], 256);
        byte[] encoded = apdu.ToArray();
        Assert.Equal(4 + 3 + 300 + 2, encoded.Length);
        Assert.Equal(new byte[] { 0x00, 0x01, 0x2C }, encoded[4..7]);
        Assert.Equal(new byte[] { 0x01, 0x00 }, encoded[^2..]);
    }

    [Fact]
    public void ToString_verify_data_is_redacted()
    {
        var apdu = new CommandApdu(0x00, 0x20, 0x00, 0x80, "1234"u8.ToArray());
        Assert.DoesNotContain("31323334", apdu.ToString());
        Assert.Contains("redacted", apdu.ToString());
    }

    [Fact]
    public void Constructor_ne_over_65536_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommandApdu(0, 0xB0, 0, 0, ne: 65537));
}
