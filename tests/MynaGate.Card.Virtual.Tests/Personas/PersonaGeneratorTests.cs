using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Card.Virtual.Tests.Personas;

public sealed class PersonaGeneratorTests
{
    [Fact]
    public void Generate_same_seed_gives_the_same_person()
    {
        Assert.Equal(PersonaGenerator.Generate(42), PersonaGenerator.Generate(42));
        Assert.NotEqual(PersonaGenerator.Generate(42).MyNumber, PersonaGenerator.Generate(43).MyNumber);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(100)]
    [InlineData(9999)]
    public void Generate_produces_a_valid_card(int seed)
    {
        var persona = PersonaGenerator.Generate(seed);
        Assert.True(MyNumberCheckDigit.IsValid(persona.MyNumber));
        Assert.True(persona.CardExpiry > PersonaGenerator.DefaultReferenceDate);
        Assert.Equal(persona.BirthDate.Month, persona.CardExpiry.Month);
        Assert.Matches("^[0-9]{14}$", persona.VerificationCodeB);
        Assert.Matches("^[0-9]{4}$", persona.Pin);
        Assert.Matches("^[A-Z0-9]{6,16}$", persona.SignaturePassword);
        Assert.Contains('\u3000', persona.Name);
        Assert.True(persona.CardExpiry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == persona.VerificationCodeB[6..10], "照合番号B does not carry the expiry year");
        Assert.True(persona.SecurityCode == persona.VerificationCodeB[10..], "照合番号B does not end in the security code");
    }

    [Fact]
    public void ToString_never_shows_personal_values()
    {
        var persona = PersonaGenerator.Generate(5);
        string text = persona.ToString();
        Assert.DoesNotContain(persona.Pin, text);
        Assert.DoesNotContain(persona.Name, text);
    }

    [Theory]
    [InlineData("983205673214", true)]
    [InlineData("983205673215", false)]
    [InlineData("98320567321", false)]
    public void MyNumberCheckDigit_test_vector(string number, bool valid) =>
        Assert.Equal(valid, MyNumberCheckDigit.IsValid(number));
}
