using MynaGate.Link.Messages;
using MynaGate.Ocr.CardFace;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>顔認証 (R04–R06): the card face's 照合番号B opens the card's records, the chip photo is matched, and the terminal is told who was proven.</summary>
[Collection(FlowTests.Name)]
public sealed class FacePathTests(FlowCards cards)
{
    [Fact]
    public async Task A_matched_face_sends_a_signed_assertion_bound_to_the_cards_identity_and_ends_with_the_result()
    {
        await using var flow = new FlowHarness(cards);
        var card = flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        var outcome = await flow.OutcomeAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.Equal("result.xml", outcome.ResultFile);
        Assert.Equal(AuthenticationMethod.Face, outcome.Method);
        var qualify = Assert.Single(flow.Terminal.OfKind(LinkRequestKind.Qualify));
        var assertion = qualify.Assertion!;
        Assert.Equal(AuthenticationMethod.Face, assertion.Method);
        Assert.Equal(FlowHarness.ReaderId, assertion.ReaderId);
        Assert.True(assertion.Verify(flow.Identity, qualify.AssertionSignature));
        Assert.Null(qualify.CardSignature);
        // the face proved the holder of the card's records: the terminal is told whose they are
        var persona = card.Image.Persona;
        var expected = IdentityBinding.Compute(assertion.Challenge, persona.BirthDate, (int)persona.Sex, persona.Name.AsSpan());
        Assert.Equal(IdentityMatch.Same, assertion.IdentityBinding!.Compare(expected));
        Assert.True(card.Image.CardFaceRecord.AsSpan().IndexOf(flow.Faces.EnrolledPhoto) > 0, "the photo enrolled is the chip's");
        Assert.Equal(FlowState.Completed, flow.Flow.Screen.State);
        Assert.Equal(flow.Faces.Started, flow.Faces.Ended);
        Assert.True(outcome.Session!.OwnedMemoryIsZero());
    }

    [Fact]
    public async Task A_card_face_the_reader_abstains_on_sends_the_patient_back_to_choose_with_E201()
    {
        await using var flow = new FlowHarness(cards);
        flow.CardFace.Abstain = CardFaceIssue.EnginesDisagree;
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        var choice = await flow.ChoiceAfterAsync(FlowErrors.CardFaceUnreadable);

        Assert.False(choice.FaceAvailable);
        Assert.True(choice.PinAvailable);
        Assert.Equal(0, flow.Faces.Started - flow.Faces.Ended);
    }
}
