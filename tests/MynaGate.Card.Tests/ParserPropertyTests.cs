using CsCheck;
using MynaGate.Card.Apdu;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.Tests;

/// <summary>
/// Every parser of bytes that come from a card, on random and on damaged genuine input: it returns a value or throws
/// <see cref="CardProtocolException"/>, never an index, overflow or null fault (a hostile card must not crash the
/// reader). CsCheck shrinks any failure to its smallest input and prints the seed that replays it.
/// </summary>
public sealed class ParserPropertyTests(TestCards cards) : IClassFixture<TestCards>
{
    private const int Iterations = 3000;
    private static readonly uint[] Tags = [0x04, 0x30, 0x53, 0x5F1F, 0xDF22, 0xDF27, 0xFF20];

    [Fact]
    public void Tlv_reading_any_bytes_ends_in_elements_inside_them_or_an_error() =>
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var reader = new BerTlvReader(bytes);
            int consumed = 0;
            while (!reader.Remaining.IsEmpty && reader.TryReadElement(out var element, out _))
            {
                Assert.InRange(element.Value.Length, 0, bytes.Length);
                consumed = bytes.Length - reader.Remaining.Length;
            }
            Assert.InRange(consumed, 0, bytes.Length);
        }, iter: Iterations);

    [Fact]
    public void Tlv_written_then_read_gives_back_the_tag_and_value() =>
        Gen.Select(Gen.OneOf(Tags), Gen.Byte.Array[0, 70_000]).Sample((tag, value) =>
        {
            byte[] encoded = new BerTlvWriter().Write(tag, value).ToArray();
            var element = new BerTlvReader(encoded).ReadElement();
            Assert.Equal(tag, element.Tag);
            Assert.True(element.Value.SequenceEqual(value));
        }, iter: 200);

    [Fact]
    public void A_response_apdu_of_any_bytes_parses_or_is_a_protocol_error() =>
        Gen.Byte.Array[0, 300].Sample(bytes => OnlyProtocolErrors(() => ResponseApdu.Parse(bytes)), iter: Iterations);

    [Fact]
    public void A_damaged_card_face_record_parses_or_is_a_protocol_error()
    {
        byte[] genuine = cards.Issue(301).Image.CardFaceRecord;
        Damaged(genuine).Sample(bytes => OnlyProtocolErrors(() => CardFace.Parse(bytes).Dispose()), iter: 500);
    }

    [Fact]
    public void A_damaged_ap_certificate_parses_or_is_a_protocol_error()
    {
        byte[] genuine = cards.Issue(302).Image.ApCertificate;
        Damaged(genuine).Sample(bytes => OnlyProtocolErrors(() => ApCertificate.Parse(bytes)), iter: Iterations);
    }

    [Fact]
    public void A_damaged_basic_four_info_record_parses_or_is_a_protocol_error()
    {
        byte[] genuine = cards.Issue(303).Image.BasicFourInfoRecord;
        Damaged(genuine).Sample(bytes => OnlyProtocolErrors(() => BasicFourInfo.Parse(bytes)), iter: Iterations);
    }

    /// <summary>A genuine file with a few bytes changed and perhaps cut short: closer to a hostile card than random bytes.</summary>
    private static Gen<byte[]> Damaged(byte[] genuine) =>
        Gen.Select(Gen.Select(Gen.Int[0, genuine.Length - 1], Gen.Byte).Array[1, 6], Gen.Int[1, genuine.Length]).Select((changes, length) =>
        {
            byte[] copy = (byte[])genuine.Clone();
            foreach (var (at, value) in changes) copy[at] = value;
            return copy[..length];
        });

    private static void OnlyProtocolErrors(Action parse)
    {
        try
        {
            parse();
        }
        catch (CardProtocolException)
        {
        }
    }
}
