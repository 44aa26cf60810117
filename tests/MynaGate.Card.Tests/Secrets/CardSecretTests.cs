using MynaGate.Card.Secrets;

namespace MynaGate.Card.Tests.Secrets;

public sealed class CardSecretTests
{
    [Fact]
    public void Digits_holds_ascii_and_prints_as_asterisks()
    {
        using var secret = CardSecret.Digits("1234", 4);
        Assert.Equal("1234"u8.ToArray(), secret.Ascii.ToArray());
        Assert.Equal("****", secret.ToString());
    }

    [Theory]
    [InlineData("123", 4)]
    [InlineData("12a4", 4)]
    [InlineData("１２３４", 4)]
    public void Digits_invalid_throws_without_the_value(string value, int length)
    {
        var e = Assert.Throws<ArgumentException>(() => CardSecret.Digits(value, length));
        Assert.DoesNotContain(value, e.Message);
    }

    [Fact]
    public void Dispose_zeroes_the_bytes()
    {
        var secret = CardSecret.Digits("98765432109876", 14);
        var memory = secret.Ascii;
        secret.Dispose();
        Assert.All(memory.ToArray(), b => Assert.Equal(0, b));
        Assert.Throws<ObjectDisposedException>(() => secret.Ascii);
    }

    [Theory]
    [InlineData("ABC123", true)]
    [InlineData("abc123", false)]
    [InlineData("AB12", false)]
    public void SignaturePassword_alphabet(string value, bool valid)
    {
        if (valid) CardSecret.SignaturePassword(value).Dispose();
        else Assert.Throws<ArgumentException>(() => CardSecret.SignaturePassword(value));
    }
}
