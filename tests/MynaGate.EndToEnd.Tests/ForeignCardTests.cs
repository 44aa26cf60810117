using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// Cards the reader must not take for a genuine My Number Card: one without its applications (a bank card, a transit
/// card) gets a message and the reader keeps serving; one made by another issuer fails the card-face check.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class ForeignCardTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{

    [Fact]
    public async Task A_card_without_the_applications_is_refused_and_the_next_patient_is_served()
    {
        var reader = Chain.Readers[1];
        await reader.Slot.InsertAsync(new ForeignCard());
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30));
        await reader.RemoveAsync();
        Assert.Equal(FlowErrors.NotMyNumberCard, outcome.ErrorCode);

        var card = await Chain.CardAsync(140, null);
        await reader.InsertAsync(card, 140, Faces.Genuine);
        await reader.WaitForAsync(FlowState.MethodChoice, Drive.Step);
        reader.Flow.Send(new Cancel());
        Assert.Equal(FlowErrors.Cancelled, (await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30))).ErrorCode);
        await reader.RemoveAsync();
    }

    [Fact]
    public async Task A_card_made_by_another_issuer_fails_the_card_face_check_before_the_national_service_is_asked()
    {
        // self-consistent: its card-face record is signed by the key in its own AP certificate, which our root did not sign
        using var forger = TestJpkiAuthority.LoadOrCreate(Path.Combine(Fixture.StateDirectory, "forger-ca"));
        var persona = PersonaGenerator.Generate(141);
        var card = new VirtualMyNumberCard(VirtualCardIssuer.Issue(persona, VirtualCardIssuer.DefaultImages(persona, 141, Faces.ChipPhoto), forger));
        var reader = Chain.Readers[0];
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 141, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30));
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.CardFaceForged, outcome.ErrorCode);
        Assert.False(outcome.Stages.ContainsKey("photo-enrol"), "the forged card's photo was used");
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_card_face_record_copied_from_another_card_fails_the_card_key_proof()
    {
        var original = await Chain.CardAsync(142, Faces.ChipPhoto);
        var victim = await Chain.CardAsync(143, Faces.ChipPhoto);
        // the copy's own 照合番号B opens the record, which is genuinely signed but names the original card's key
        var card = new VirtualMyNumberCard(ForgedCards.ReplayedRecord(victim.Image, original.Image));
        var reader = Chain.Readers[0];
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 143, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30));
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.CardFaceForged, outcome.ErrorCode);
        Assert.False(outcome.Stages.ContainsKey("photo-enrol"), "the copied record's photo was used");
        Assert.False(outcome.Stages.ContainsKey("qualify"), "the national service was asked");
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_card_with_one_persons_card_face_and_anothers_certificate_is_refused_by_the_terminal_without_a_result()
    {
        var face = await Chain.CardAsync(144, Faces.ChipPhoto);
        var certificateOwner = Chain.Provisioner.Reissue(145, null);
        // compared without printing: a failure must not put a birth date in the test output
        Assert.True(face.Image.Persona.BirthDate != certificateOwner.Image.Persona.BirthDate, "the two personas share a birth date: choose other seeds");
        var card = new VirtualMyNumberCard(ForgedCards.Spliced(face.Image, certificateOwner.Image));
        await ChainEnrolment.EnrolAsync(Chain.Onshi.Store, card, 145);
        var reader = Chain.Readers[0];
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        // the face at the camera is the card face's holder, as a person using someone else's certificate would show
        await reader.InsertAsync(card, 144, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();

        Assert.Equal(LinkErrorCodes.IdentityMismatch, outcome.ErrorCode);
        Assert.True(outcome.Stages.ContainsKey("face-match"), "the face step did not run: the test proves nothing about the terminal");
        Assert.False(outcome.Stages.ContainsKey("consent"), "consents were asked");
        Assert.Null(outcome.ResultFile);
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        await Drive.WaitUntilAsync(async () => (await Chain.Terminal.Log.ReadAsync()).Any(e => e.ErrorCode == LinkErrorCodes.IdentityMismatch));
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_spliced_card_whose_two_people_share_birth_date_and_sex_is_refused_by_the_name()
    {
        var certificateOwner = Chain.Provisioner.Reissue(147, null);
        var owner = certificateOwner.Image.Persona;
        // twins of one sex, or strangers born the same day: what birth date and sex alone could not tell apart
        var facePersona = PersonaGenerator.Generate(146) with { BirthDate = owner.BirthDate, Sex = owner.Sex, CardExpiry = owner.CardExpiry };
        Assert.True(facePersona.Name != owner.Name, "the two personas share a name: choose other seeds");
        VirtualCardImage faceImage;
        using (var authority = Chain.Provisioner.LoadAuthority())
            faceImage = VirtualCardIssuer.Issue(facePersona, VirtualCardIssuer.DefaultImages(facePersona, 146, Faces.ChipPhoto), authority);
        var card = new VirtualMyNumberCard(ForgedCards.Spliced(faceImage, certificateOwner.Image));
        await ChainEnrolment.EnrolAsync(Chain.Onshi.Store, card, 147);
        var reader = Chain.Readers[0];
        int files = Directory.GetFiles(Chain.FaceFolder).Length;
        await reader.InsertAsync(card, 146, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();

        Assert.Equal(LinkErrorCodes.IdentityMismatch, outcome.ErrorCode);
        Assert.True(outcome.Stages.ContainsKey("face-match"), "the face step did not run: the test proves nothing about the terminal");
        Assert.Null(outcome.ResultFile);
        Assert.Equal(files, Directory.GetFiles(Chain.FaceFolder).Length);
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    [Fact]
    public async Task A_staff_check_of_a_spliced_card_is_refused_by_the_terminal_once_its_card_face_is_read()
    {
        // a card without a PIN: 目視確認 is offered from the start
        var face = await Chain.CardAsync(148, Faces.ChipPhoto, kind: VirtualCardKind.PinLess);
        var certificateOwner = Chain.Provisioner.Reissue(149, null);
        Assert.True(face.Image.Persona.BirthDate != certificateOwner.Image.Persona.BirthDate, "the two personas share a birth date: choose other seeds");
        var card = new VirtualMyNumberCard(ForgedCards.Spliced(face.Image, certificateOwner.Image));
        await ChainEnrolment.EnrolAsync(Chain.Onshi.Store, card, 149);
        var reader = Chain.Readers[0];
        await reader.InsertAsync(card, 148, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Visual);
        await reader.WaitForAsync(FlowState.VisualCheck, Drive.Step);
        // staff see the patient and the printed card, which agree; the certificate is someone else's
        reader.Flow.Send(new StaffDecision(true));
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();

        Assert.Equal(LinkErrorCodes.IdentityMismatch, outcome.ErrorCode);
        Assert.Equal(AuthenticationMethod.Visual, outcome.Method);
        Assert.Null(outcome.ResultFile);
    }

    [Fact]
    public async Task A_card_whose_text_record_names_someone_else_than_its_card_face_fails_the_card_face_check()
    {
        var card = await Chain.CardAsync(150, Faces.ChipPhoto);
        var other = Chain.Provisioner.Reissue(151, null);
        Assert.True(card.Image.Persona.BirthDate != other.Image.Persona.BirthDate, "the two personas share a birth date: choose other seeds");
        var forged = new VirtualMyNumberCard(ForgedCards.ForeignText(card.Image, other.Image));
        var reader = Chain.Readers[0];
        await reader.InsertAsync(forged, 150, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Face);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(30));
        await reader.RemoveAsync();

        Assert.Equal(FlowErrors.CardFaceForged, outcome.ErrorCode);
        Assert.False(outcome.Stages.ContainsKey("photo-enrol"), "the photo was used");
        Assert.False(outcome.Stages.ContainsKey("qualify"), "the national service was asked");
        Assert.True(outcome.Session!.OwnedMemoryIsZero(), "the session's secrets were not wiped");
    }

    // answers every command with 6A82 (file or application not found), as a card without the My Number APs does
    private sealed class ForeignCard : IVirtualCard
    {
        public byte[] Atr { get; } = [0x3B, 0x80, 0x80, 0x01, 0x01];
        public byte[] PowerOn() => Atr;
        public void PowerOff()
        {
        }

        public byte[] Process(ReadOnlySpan<byte> apdu) => [0x6A, 0x82];
    }
}
