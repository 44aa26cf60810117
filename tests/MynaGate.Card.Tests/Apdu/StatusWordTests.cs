using MynaGate.Card.Apdu;

namespace MynaGate.Card.Tests.Apdu;

public sealed class StatusWordTests
{
    [Theory]
    [InlineData(0x63, 0xC2, 2)]
    [InlineData(0x63, 0xC0, 0)]
    [InlineData(0x63, 0x00, null)]
    [InlineData(0x90, 0x00, null)]
    public void RetriesRemaining_reads_the_low_nibble_of_63Cx(byte sw1, byte sw2, int? expected) =>
        Assert.Equal(expected, new StatusWord(sw1, sw2).RetriesRemaining);

    [Fact]
    public void Predicates_recognise_chaining_and_end_of_file()
    {
        Assert.True(new StatusWord(0x61, 0x10).MoreDataAvailable);
        Assert.True(new StatusWord(0x6C, 0x03).CorrectLengthIndicated);
        Assert.True(StatusWord.OffsetOutsideFile.IsEndOfFile);
        Assert.True(StatusWord.EndOfFileWarning.IsEndOfFile);
        Assert.False(StatusWord.Success.IsEndOfFile);
    }

    [Theory]
    [InlineData(0x6A, 0x82, CardErrorKind.FileNotFound)]
    [InlineData(0x69, 0x82, CardErrorKind.SecurityStatusNotSatisfied)]
    [InlineData(0x69, 0x84, CardErrorKind.Blocked)]
    [InlineData(0x67, 0x00, CardErrorKind.WrongLength)]
    [InlineData(0x6F, 0x00, CardErrorKind.Other)]
    public void CardErrorKinds_maps_status_words(byte sw1, byte sw2, CardErrorKind kind) =>
        Assert.Equal(kind, CardErrorKinds.From(new StatusWord(sw1, sw2)));
}
