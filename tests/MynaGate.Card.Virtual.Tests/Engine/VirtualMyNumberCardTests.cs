using System.Text;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Card.Virtual.Tests.Engine;

public sealed class VirtualMyNumberCardTests(TestCardFactory factory) : IClassFixture<TestCardFactory>
{
    private const string SelectJpki = "00A4040C0AD392F000260100000001";
    private const string SelectCardFace = "00A4040C0AD3921000310001010402";
    private const string SelectText = "00A4040C0AD3921000310001010408";

    private static string Send(VirtualMyNumberCard card, string hex) => Convert.ToHexString(card.Process(Convert.FromHexString(hex)));

    private static string Sw(VirtualMyNumberCard card, string hex) => Send(card, hex)[^4..];

    private static string VerifyApdu(string ascii) =>
        $"00200080{ascii.Length:X2}{Convert.ToHexString(Encoding.ASCII.GetBytes(ascii))}";

    [Theory]
    [InlineData("SELECT MF is refused", "00A4000C023F00", "6A86")]
    [InlineData("unknown AID", "00A4040C0AD392F000260100000099", "6A82")]
    [InlineData("Lc longer than the data", "00A4040C0BD392F000260100000001", "6700")]
    [InlineData("three-byte APDU", "00A404", "6700")]
    [InlineData("READ BINARY with no current EF", "00B0000010", "6986")]
    [InlineData("unknown instruction", "00FE000000", "6D00")]
    [InlineData("unknown class", "A0A4040C0AD392F000260100000001", "6E00")]
    [InlineData("SELECT EF with no application selected", "00A4020C02000A", "6A82")]
    public void Process_malformed_or_misplaced_command_answers_iso_status(string description, string apdu, string expected)
    {
        var card = factory.Issue(1);
        Assert.True(Sw(card, apdu) == expected, description);
    }

    [Fact]
    public void ReadBinary_user_auth_certificate_without_pin_is_free()
    {
        var card = factory.Issue(2);
        Assert.Equal("9000", Sw(card, SelectJpki));
        Assert.Equal("9000", Sw(card, "00A4020C02000A"));
        string response = Send(card, "00B0000004");
        Assert.StartsWith("3082", response);
        Assert.EndsWith("9000", response);
    }

    [Fact]
    public void ReadBinary_card_face_without_code_b_answers_security_status_not_satisfied()
    {
        var card = factory.Issue(3);
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020002");
        Assert.Equal("6982", Sw(card, "00B0000010"));
    }

    [Fact]
    public void ReadBinary_offset_past_end_answers_offset_outside_file_and_short_tail_warns()
    {
        var card = factory.Issue(4);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020008");
        Assert.Equal("6B00", Sw(card, "00B0000300"));
        Assert.Equal("8F8F006282", Send(card, "00B0000010"));
    }

    [Fact]
    public void Verify_wrong_pin_three_times_counts_down_then_blocks_and_stays_blocked()
    {
        var card = factory.Issue(5);
        string wrong = card.Image.Persona.Pin == "0000" ? "1111" : "0000";
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020018");
        Assert.Equal("63C3", Sw(card, "0020008000"));
        Assert.Equal("63C2", Sw(card, VerifyApdu(wrong)));
        Assert.Equal("63C1", Sw(card, VerifyApdu(wrong)));
        Assert.Equal("63C0", Sw(card, VerifyApdu(wrong)));
        Assert.Equal("6984", Sw(card, VerifyApdu(card.Image.Persona.Pin)));
        Assert.Equal("63C0", Sw(card, "0020008000"));
    }

    [Fact]
    public void Verify_empty_data_does_not_consume_a_try()
    {
        var card = factory.Issue(6);
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020012");
        for (int i = 0; i < 5; i++) Assert.Equal("63CA", Sw(card, "0020008000"));
    }

    [Fact]
    public void Verify_correct_after_wrong_resets_the_counter()
    {
        var card = factory.Issue(7);
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020012");
        Assert.Equal("63C9", Sw(card, VerifyApdu("00000000000000")));
        Assert.Equal("9000", Sw(card, VerifyApdu(card.Image.Persona.VerificationCodeB)));
        Assert.Equal("63CA", Sw(card, "0020008000"));
    }

    [Fact]
    public void Verify_wrong_length_answers_wrong_length_without_counting()
    {
        var card = factory.Issue(8);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020018");
        Assert.Equal("6700", Sw(card, VerifyApdu("12345")));
        Assert.Equal("63C3", Sw(card, "0020008000"));
    }

    [Fact]
    public void Verify_signature_password_has_five_tries_and_code_b_ten()
    {
        var card = factory.Issue(9);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C02001B");
        Assert.Equal("63C5", Sw(card, "0020008000"));
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020012");
        Assert.Equal("63CA", Sw(card, "0020008000"));
    }

    [Fact]
    public void PowerOff_clears_verification()
    {
        var card = factory.Issue(10);
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020012");
        Assert.Equal("9000", Sw(card, VerifyApdu(card.Image.Persona.VerificationCodeB)));
        Sw(card, "00A4020C020002");
        Assert.Equal("9000", Sw(card, "00B0000010"));

        card.PowerOff();
        card.PowerOn();
        Sw(card, SelectCardFace);
        Sw(card, "00A4020C020002");
        Assert.Equal("6982", Sw(card, "00B0000010"));
    }

    [Fact]
    public void Process_while_unpowered_is_refused()
    {
        var card = factory.Issue(11);
        card.PowerOff();
        Assert.Equal("6985", Sw(card, SelectJpki));
    }

    [Fact]
    public void Counters_persist_in_the_state_file_so_a_blocked_card_stays_blocked()
    {
        var card = factory.Issue(12);
        string path = factory.StateFile(12);
        VirtualCardStore.Save(path, card.Image);
        var first = VirtualMyNumberCard.Load(path);
        first.PowerOn();
        Sw(first, SelectJpki);
        Sw(first, "00A4020C020018");
        string wrong = first.Image.Persona.Pin == "0000" ? "1111" : "0000";
        for (int i = 0; i < 3; i++) Sw(first, VerifyApdu(wrong));

        var reloaded = VirtualMyNumberCard.Load(path);
        reloaded.PowerOn();
        Sw(reloaded, SelectJpki);
        Sw(reloaded, "00A4020C020018");
        Assert.Equal("6984", Sw(reloaded, VerifyApdu(reloaded.Image.Persona.Pin)));
    }

    [Fact]
    public void ComputeSignature_without_pin_answers_security_status_not_satisfied()
    {
        var card = factory.Issue(13);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020017");
        Assert.Equal("6982", Sw(card, "802A00801300" + new string('0', 36) + "00"));
    }

    [Fact]
    public void TextApKey0012_is_blocked_for_good()
    {
        var card = factory.Issue(14);
        Sw(card, SelectText);
        Sw(card, "00A4020C020012");
        Assert.Equal("63C0", Sw(card, "0020008000"));
        Assert.Equal("6984", Sw(card, VerifyApdu("1234")));
    }

    [Fact]
    public void PinLessCard_both_pins_answer_blocked_the_certificate_reads_free_and_no_pin_signs()
    {
        var card = factory.Issue(16, kind: VirtualCardKind.PinLess);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020018");
        Assert.Equal("63C0", Sw(card, "0020008000"));
        Assert.Equal("6984", Sw(card, VerifyApdu(card.Image.Persona.Pin)));
        Sw(card, "00A4020C02000A");
        Assert.Equal("9000", Sw(card, "00B0000004"));
        Sw(card, "00A4020C020017");
        Assert.Equal("6982", Sw(card, "802A00801300" + new string('0', 36) + "00"));
        Sw(card, SelectText);
        Sw(card, "00A4020C020011");
        Assert.Equal("63C0", Sw(card, "0020008000"));

        // a plastic card with its PINs set answers its tries on both
        var pinned = factory.Issue(17);
        Sw(pinned, SelectText);
        Sw(pinned, "00A4020C020011");
        Assert.Equal("63C3", Sw(pinned, "0020008000"));
    }

    [Theory]
    [InlineData(VirtualCardKind.Android, "JPKIAPGPSETOKEN")]
    [InlineData(VirtualCardKind.IPhone, "JPKIAPIOSTOKEN")]
    public void Phone_holds_jpki_alone_with_its_token_label_and_a_certificate_of_its_own(VirtualCardKind kind, string label)
    {
        var phone = factory.Issue(18, kind: kind);
        var card = factory.Issue(18);
        Assert.Equal("6A82", Sw(phone, SelectCardFace));
        Assert.Equal("6A82", Sw(phone, SelectText));
        Assert.Equal("9000", Sw(phone, SelectJpki));
        Sw(phone, "00A4020C020006");
        string info = Send(phone, "00B0000020");
        Assert.Equal(label, Encoding.ASCII.GetString(Convert.FromHexString(info[..^4])).TrimEnd(' '));
        Assert.NotEqual(Convert.ToHexString(card.Image.AuthenticationCertificate), Convert.ToHexString(phone.Image.AuthenticationCertificate));
    }

    [Fact]
    public void AndroidPhone_signs_only_after_its_own_pin_not_the_cards()
    {
        var phone = factory.Issue(19, kind: VirtualCardKind.Android);
        var persona = phone.Image.Persona;
        // compared without printing either on failure: test output carries no PIN
        Assert.True(persona.Pin != persona.PhonePin, "the seed's phone PIN equals its card PIN");
        string sign = "802A00801300" + new string('0', 36) + "00";
        Sw(phone, SelectJpki);
        Sw(phone, "00A4020C020017");
        Assert.Equal("6982", Sw(phone, sign));
        Sw(phone, "00A4020C020018");
        Assert.Equal("63C2", Sw(phone, VerifyApdu(persona.Pin)));
        Assert.Equal("9000", Sw(phone, VerifyApdu(persona.PhonePin)));
        Sw(phone, "00A4020C020017");
        Assert.Equal("9000", Sw(phone, sign));
    }

    [Fact]
    public void IPhone_signs_once_its_holder_confirms_on_the_phone_and_refuses_when_declined()
    {
        var phone = factory.Issue(20, kind: VirtualCardKind.IPhone);
        string sign = "802A00801300" + new string('0', 36) + "00";
        int asked = 0;
        bool answer = false;
        phone.HolderConfirms = () =>
        {
            asked++;
            return answer;
        };
        Sw(phone, SelectJpki);
        Sw(phone, "00A4020C020017");
        Assert.Equal("6982", Sw(phone, sign));
        answer = true;
        Assert.Equal("9000", Sw(phone, sign));
        Assert.Equal(2, asked);
        // it has no PIN the reader could verify
        Sw(phone, "00A4020C020018");
        Assert.Equal("63C0", Sw(phone, "0020008000"));
    }

    [Fact]
    public void GetResponseMode_announces_data_with_61xx_and_corrects_le_with_6Cxx()
    {
        var card = factory.Issue(15, useGetResponse: true);
        Sw(card, SelectJpki);
        Sw(card, "00A4020C020008");
        Assert.Equal("6C03", Sw(card, "00B0000000"));
        Assert.Equal("6103", Sw(card, "00B0000003"));
        Assert.Equal("8F8F009000", Send(card, "00C0000003"));
    }

    [Fact]
    public void ReadBinary_by_sfi_selects_the_file()
    {
        var card = factory.Issue(16);
        Sw(card, SelectJpki);
        Assert.Equal("8F8F009000", Send(card, "00B0880003"));
    }
}
