using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Link.Messages;
using MynaGate.Ocr.CardFace;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Reader.Flow;
using MynaGate.Vision.Faces;

namespace MynaGate.Reader.Tests.Flow;

/// <summary>The face step's refusals and second chances (R04–R06, R37): each ends where DESIGN's flow says.</summary>
[Collection(FlowTests.Name)]
public sealed class FaceStepTests(FlowCards cards)
{
    [Fact]
    public async Task A_mask_is_asked_down_once_and_that_try_does_not_count()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        flow.Faces.Queue(FaceVerificationOutcome.LowerMask, FaceVerificationOutcome.NotMatched, FaceVerificationOutcome.Matched);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        var mask = await flow.TapOnAsync(FlowState.LowerMask, new Retry());
        await flow.TapOnAsync(FlowState.FaceRetry, new Retry());

        Assert.Equal(QualityReason.Masked, mask.Guidance);
        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
        Assert.Single(flow.Shown, s => s.State == FlowState.LowerMask);
    }

    [Fact]
    public async Task Faces_that_do_not_match_within_the_attempts_send_the_patient_to_the_PIN_with_E204()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        flow.Faces.Queue(FaceVerificationOutcome.NotMatched, FaceVerificationOutcome.NotLive);
        flow.Faces.Guidance = QualityReason.TooDark;

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        var retry = await flow.TapOnAsync(FlowState.FaceRetry, new Retry());
        var choice = await flow.ChoiceAfterAsync(FlowErrors.FaceNotMatched);

        Assert.Equal(QualityReason.TooDark, retry.Guidance);
        Assert.False(choice.FaceAvailable);
        Assert.True(choice.PinAvailable);
        Assert.Equal(1, flow.Faces.Ended);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Challenge));
    }

    [Fact]
    public async Task Choosing_the_PIN_on_the_retry_screen_leaves_the_face_step()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        flow.Faces.Queue(FaceVerificationOutcome.NotMatched);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        await flow.TapOnAsync(FlowState.FaceRetry, new ChooseMethod(AuthenticationMethod.Pin));

        await flow.ChoiceAfterAsync(FlowErrors.FaceNotMatched);
    }

    [Fact]
    public async Task A_camera_that_ends_gives_no_second_try()
    {
        await using var flow = new FlowHarness(cards);
        flow.Place();
        flow.Faces.Queue(FaceVerificationOutcome.CameraEnded);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));

        await flow.ChoiceAfterAsync(FlowErrors.FaceNotMatched);
        Assert.DoesNotContain(flow.Shown, s => s.State == FlowState.FaceRetry);
    }

    [Fact]
    public async Task A_chip_photo_without_a_usable_face_is_E205()
    {
        await using var flow = new FlowHarness(cards);
        flow.Faces.PhotoEnrols = false;
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));

        await flow.ChoiceAfterAsync(FlowErrors.PhotoUnusable);
        Assert.Equal(1, flow.Faces.Ended);
    }

    [Fact]
    public async Task A_misread_code_costs_one_try_of_the_card_face_AP_is_never_retried_and_is_E202()
    {
        await using var flow = new FlowHarness(cards);
        var card = cards.Fresh();
        flow.CardFace.SecurityCode = (int.Parse(card.Image.Persona.SecurityCode, System.Globalization.CultureInfo.InvariantCulture) + 1) % 10000;
        flow.Place(card);
        var before = new Dictionary<string, int>(card.Image.Counters);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        await flow.ChoiceAfterAsync(FlowErrors.VerificationCodeRejected);

        var spent = card.Image.Counters.Where(c => before[c.Key] != c.Value).ToList();
        var counter = Assert.Single(spent);
        Assert.Equal(before[counter.Key] - 1, counter.Value);
    }

    [Fact]
    public async Task The_back_of_the_card_shown_to_the_camera_is_E206()
    {
        await using var flow = new FlowHarness(cards);
        // what the card camera shows is set before the card is placed: the reading starts with the placement
        flow.CardFace.Abstain = CardFaceIssue.BackShown;
        flow.Place();

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));

        await flow.ChoiceAfterAsync(FlowErrors.CardBackShown);
    }

    [Fact]
    public async Task A_foreign_residents_card_face_is_E207_and_spends_no_try_of_the_card()
    {
        await using var flow = new FlowHarness(cards);
        flow.CardFace.Abstain = CardFaceIssue.GregorianBirthDate;
        var card = flow.Place();
        var before = card.Image.Counters.ToDictionary(c => c.Key, c => c.Value);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));

        await flow.ChoiceAfterAsync(FlowErrors.CardFaceForeignResident);
        Assert.All(card.Image.Counters, c => Assert.Equal(before[c.Key], c.Value));
    }

    [Fact]
    public async Task A_card_whose_text_records_are_another_persons_ends_with_E203()
    {
        await using var flow = new FlowHarness(cards);
        var forged = new VirtualMyNumberCard(ForgedCards.ForeignText(cards.Fresh().Image, cards.Fresh(VirtualCardKind.PinLess).Image));
        flow.Place(forged);

        await flow.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));

        Assert.Equal(FlowErrors.CardFaceForged, (await flow.OutcomeAsync()).ErrorCode);
        Assert.Empty(flow.Terminal.OfKind(LinkRequestKind.Challenge));
    }

    [Fact]
    public async Task Without_reading_on_placement_the_card_face_is_read_only_once_the_face_is_chosen()
    {
        await using var flow = new FlowHarness(cards, FlowHarness.Quick with { ReadCardFaceOnPlacement = false });
        flow.Place();

        await flow.ScreenAsync(FlowState.MethodChoice);
        Assert.Equal(0, flow.CardFace.Started);
        flow.Tap(flow.Flow.Screen, new ChooseMethod(AuthenticationMethod.Face));

        Assert.Null((await flow.OutcomeAsync()).ErrorCode);
        Assert.Equal(1, flow.CardFace.Started);
        Assert.Equal(1, flow.CardFace.Disposed);
    }

    [Fact]
    public async Task The_face_camera_goes_to_the_live_preview_only_when_the_clinic_shows_it()
    {
        await using (var plain = new FlowHarness(cards))
        {
            plain.Place();
            await plain.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
            await plain.OutcomeAsync();
            Assert.Null(plain.Faces.LastPreview);
        }
        await using var previewed = new FlowHarness(cards, FlowHarness.Quick with { LivePreview = true });
        previewed.Place();
        await previewed.TapOnAsync(FlowState.MethodChoice, new ChooseMethod(AuthenticationMethod.Face));
        await previewed.OutcomeAsync();
        Assert.Same(previewed.Flow.Preview, previewed.Faces.LastPreview);
    }
}
