using MynaGate.Card.MyNumber;
using MynaGate.Certificates.CheckDigits;

namespace MynaGate.Ocr.Tests;

public class CheckDigitTests
{
    // every vector of spec §4.1
    [Theory]
    [InlineData("06130488")] // 保険者番号, MHLW worked example
    [InlineData("33120015")] // 保険者番号
    [InlineData("138057")] // 国保 6 digits
    [InlineData("01320027")] // 協会けんぽ
    [InlineData("19113760")] // 公費負担者番号, sum ending in 0 gives 0
    [InlineData("54016027")] // 公費負担者番号 (難病)
    [InlineData("3410712362")] // 医療機関コード
    public void Modulus10W21_accepts_every_spec_vector_and_rejects_each_altered_check_digit(string number)
    {
        Assert.True(Modulus10W21.IsValid(number));
        Assert.Equal(number[^1] - '0', Modulus10W21.Compute(number.AsSpan(0, number.Length - 1)));
        for (int wrong = 0; wrong <= 9; wrong++)
        {
            if (wrong != number[^1] - '0')
            {
                Assert.False(Modulus10W21.IsValid(number[..^1] + (char)('0' + wrong)));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("0613O488")]
    [InlineData("０６１３０４８８")]
    public void Modulus10W21_rejects_non_numbers(string number) => Assert.False(Modulus10W21.IsValid(number));

    [Fact]
    public void MyNumber_modulus_11_spec_vector()
    {
        Assert.True(MyNumberCheckDigit.IsValid("983205673214"));
        Assert.False(MyNumberCheckDigit.IsValid("983205673215"));
    }
}
