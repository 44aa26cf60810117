using MynaGate.Card.Apdu;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;

namespace MynaGate.Card.Tests.Transport;

public sealed class CardSessionTests
{
    [Fact]
    public void Transmit_61xx_FollowsWithGetResponse()
    {
        var transport = new ScriptedTransport("6104", "AABB6102", "CCDD9000");
        var response = new CardSession(transport).Transmit(new CommandApdu(0x00, 0xB0, 0, 0, ne: 4));
        Assert.Equal("AABBCCDD", Convert.ToHexString(response.Data));
        Assert.True(response.StatusWord.IsSuccess);
        Assert.Equal(["00B0000004", "00C0000004", "00C0000002"], transport.Sent);
    }

    [Fact]
    public void Transmit_6Cxx_ResendsWithTheLengthTheCardAsked()
    {
        var transport = new ScriptedTransport("6C03", "8F8F009000");
        var response = new CardSession(transport).Transmit(new CommandApdu(0x00, 0xB0, 0, 0, ne: 256));
        Assert.Equal("8F8F00", Convert.ToHexString(response.Data));
        Assert.Equal(["00B0000000", "00B0000003"], transport.Sent);
    }

    [Fact]
    public void Transmit_response_without_status_word_is_protocol_error()
    {
        var session = new CardSession(new ScriptedTransport("90"));
        Assert.Throws<CardProtocolException>(() => session.Transmit(new CommandApdu(0, 0xA4, 4, 0x0C, new byte[10])));
    }

    [Fact]
    public void ReadTlvFile_header_claims_more_than_the_file_holds_is_protocol_error()
    {
        // header says 0x0300 bytes, the card ends after the first chunk
        var session = new CardSession(new ScriptedTransport("30820300" + new string('A', 40) + "6282", "6B00"));
        var e = Assert.Throws<CardProtocolException>(() => session.ReadTlvFile("certificate"));
        Assert.Contains("ends after", e.Message);
    }

    [Fact]
    public void ReadTlvFile_header_claims_a_huge_file_is_rejected_before_reading()
    {
        var transport = new ScriptedTransport("3083FFFFFF00009000");
        var e = Assert.Throws<CardProtocolException>(() => new CardSession(transport).ReadTlvFile("record"));
        Assert.Contains("allowed", e.Message);
        Assert.Single(transport.Sent);
    }

    [Fact]
    public void ReadBinary_card_returns_more_than_le_is_protocol_error()
    {
        var session = new CardSession(new ScriptedTransport("0102039000"));
        Assert.Throws<CardProtocolException>(() => session.ReadBinary(0, 2));
    }

    [Theory]
    [InlineData("63C2", VerifyOutcome.Incorrect, 2)]
    [InlineData("63C0", VerifyOutcome.Blocked, 0)]
    [InlineData("6984", VerifyOutcome.Blocked, 0)]
    [InlineData("9000", VerifyOutcome.Verified, 0)]
    public void Verify_maps_status_words(string sw, VerifyOutcome outcome, int remaining)
    {
        using var pin = CardSecret.Digits("1234", 4);
        var result = new CardSession(new ScriptedTransport("9000", sw)).Verify(0x0018, pin);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(remaining, result.RetriesRemaining);
    }

    [Fact]
    public void Verify_sends_the_secret_once_and_never_retries()
    {
        using var pin = CardSecret.Digits("1234", 4);
        var transport = new ScriptedTransport("9000", "63C1");
        new CardSession(transport).Verify(0x0018, pin);
        Assert.Equal(["00A4020C020018", "002000800431323334"], transport.Sent);
    }

    [Theory]
    [InlineData("6C04")]
    [InlineData("6C00")]
    [InlineData("6102")]
    [InlineData("6100")]
    public void Verify_answered_with_a_re_send_request_is_a_protocol_error_and_the_secret_goes_out_once(string sw)
    {
        using var pin = CardSecret.Digits("1234", 4);
        // the script has more answers ready: a re-send or a GET RESPONSE would be taken and show in Sent
        var transport = new ScriptedTransport("9000", sw, "9000", "9000");
        Assert.Throws<CardProtocolException>(() => new CardSession(transport).Verify(0x0018, pin));
        Assert.Equal(["00A4020C020018", "002000800431323334"], transport.Sent);
    }

    [Fact]
    public void GetRetries_sends_empty_verify()
    {
        var transport = new ScriptedTransport("9000", "63C3");
        Assert.Equal(RetryStatus.Tries(3), new CardSession(transport).GetRetries(0x0018));
        Assert.Equal("00200080", transport.Sent[1]);
    }

    [Fact]
    public void SelectFile_not_found_throws_status_exception_with_kind()
    {
        var e = Assert.Throws<CardStatusException>(() => new CardSession(new ScriptedTransport("6A82")).SelectFile(0x0099));
        Assert.Equal(CardErrorKind.FileNotFound, e.Kind);
    }
}
