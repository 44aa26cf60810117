using MynaGate.Card.Virtual.Personas;
using MynaGate.Certificates.Text;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Synthetic;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tests;

/// <summary>
/// The two-engine card-face reader on font families and a layout no setting was chosen on, the agreement rule itself,
/// and its native and ONNX Runtime resources over many frames.
/// </summary>
[Collection(OcrGroup.Name)]
public sealed class CardFaceEngineVoteTests(OcrFixture fixture)
{
    private static readonly DateOnly Today = PersonaGenerator.DefaultReferenceDate;

    [Fact]
    public void EveryHeldOutFace_is_read_right_clean_and_through_the_hand_held_camera()
    {
        using var heldOut = SyntheticFonts.Load(FontSet.HeldOut);
        var renderer = new CardFaceRenderer(heldOut);
        int degradedAnswered = 0;
        for (int face = 0; face < heldOut.Count; face++)
        {
            int seed = 70_000 + face;
            var persona = PersonaGenerator.Generate(seed, Today);
            using var clean = renderer.Render(persona, null, seed, face, CardFaceLayoutFamily.Classic);
            var outcome = Session(clean, persona, CameraEffects.None, seed);
            Assert.True(outcome.Ready, $"{heldOut.Describe(face)}: {outcome}");
            Assert.True(Composes(outcome, persona), $"{heldOut.Describe(face)}: a wrong code");

            using var stacked = renderer.Render(persona, null, seed + 100, face, CardFaceLayoutFamily.Stacked);
            var degraded = Session(stacked, persona, CameraEffects.Default, seed);
            Assert.False(degraded.Ready && !Composes(degraded, persona), $"{heldOut.Describe(face)}: a wrong code through the camera");
            degradedAnswered += degraded.Ready ? 1 : 0;
        }

        // the eval measures the rate; here most held-out faces must still be read through the camera
        Assert.True(degradedAnswered * 2 >= heldOut.Count, $"{degradedAnswered} of {heldOut.Count} held-out faces answered through the camera");
    }

    [Fact]
    public void EnginesThatReadALineDifferently_abstain_and_agreeing_ones_answer()
    {
        var persona = PersonaGenerator.Generate(71);
        using var colour = fixture.Renderer.Render(persona, null, 71);
        using var card = colour.ToGrey();
        var lines = fixture.Detector.Detect(card, 640, 416);
        // the line PP-OCR reads as the expiry is the one both engines are asked about
        var expiryLine = lines.Single(l => ReadsAsExpiry(card, l));
        string[] models = [OcrModels.Japanese, OcrModels.JapaneseScript];

        // the whole line as the value: PP-OCR has no kana for まで, so the engines' texts differ and nothing is taken
        var whole = FieldVote.Read<string>(new LineReadings(card, fixture.Paddle), [expiryLine], fixture.Pool, models, CardFaceText.ExpiryAlphabet,
            WholeLine, (text, value) => WholeLine(text, out string again) && again == value, CardFaceIssue.NoExpiry, CardFaceReadingOptions.Default);
        Assert.Equal(CardFaceIssue.EnginesDisagree, whole.Issue);

        // the date alone: both engines read it alike
        var date = FieldVote.Read<DateOnly>(new LineReadings(card, fixture.Paddle), [expiryLine], fixture.Pool, models, CardFaceText.ExpiryAlphabet,
            CardFaceText.TryFindExpiry, CardFaceText.ConfirmsExpiry, CardFaceIssue.NoExpiry, CardFaceReadingOptions.Default);
        Assert.Equal(CardFaceIssue.None, date.Issue);
        Assert.True(date.Value == persona.CardExpiry, "the agreed expiry is not the card's");

        // a floor above any probability refuses even an agreed value
        var floored = FieldVote.Read<DateOnly>(new LineReadings(card, fixture.Paddle), [expiryLine], fixture.Pool, models, CardFaceText.ExpiryAlphabet,
            CardFaceText.TryFindExpiry, CardFaceText.ConfirmsExpiry, CardFaceIssue.NoExpiry, CardFaceReadingOptions.Default with { MinPaddleConfidence = 101 });
        Assert.Equal(CardFaceIssue.LowConfidence, floored.Issue);

        // a line with no field on it: nothing parses
        var title = lines.MinBy(l => l.Y);
        Assert.Equal(CardFaceIssue.NoExpiry, FieldVote.Read<DateOnly>(new LineReadings(card, fixture.Paddle), [title], fixture.Pool, models, CardFaceText.ExpiryAlphabet,
            CardFaceText.TryFindExpiry, CardFaceText.ConfirmsExpiry, CardFaceIssue.NoExpiry, CardFaceReadingOptions.Default).Issue);
    }

    [Fact]
    public void UpsideDownCardInAHeldOutFace_is_read_turned()
    {
        using var heldOut = SyntheticFonts.Load(FontSet.HeldOut);
        var persona = PersonaGenerator.Generate(72);
        using var card = new CardFaceRenderer(heldOut).Render(persona, null, 72, 0, CardFaceLayoutFamily.Classic);
        double[] turn = [-1, 0, card.Width - 1, 0, -1, card.Height - 1];
        using var upsideDown = card.WarpAffine(turn, card.Width, card.Height);
        using var image = VisionImage.Decode(SyntheticCamera.Capture(upsideDown, CameraEffects.Tray, 72).Jpeg, ImageLimits.Default);
        var result = fixture.Reader.Read(image, Today);
        Assert.True(result.Succeeded, result.Issue.ToString());
        Assert.True(persona.BirthDate == result.Fields!.BirthDate && persona.SecurityCode == result.Fields.SecurityCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "read wrong");
    }

    private bool ReadsAsExpiry(VisionImage card, System.Drawing.Rectangle line)
    {
        using var crop = card.Crop(System.Drawing.Rectangle.Intersect(System.Drawing.Rectangle.Inflate(line, line.Height / 3, 0), new(0, 0, card.Width, card.Height)));
        return CardFaceText.TryFindExpiry(fixture.Paddle.Read(crop).Text, out _);
    }

    private static bool WholeLine(string text, out string value)
    {
        value = OcrStrings.Compact(text);
        return value.Length > 0;
    }

    private VerificationCodeBOutcome Session(VisionImage card, Persona persona, CameraEffects effects, int seed)
    {
        var session = new VerificationCodeBReader(fixture.Reader, 10, persona.CardExpiry, Today);
        for (int frame = 0; session.Outcome is null; frame++)
        {
            using var image = VisionImage.Decode(SyntheticCamera.Capture(card, effects, (seed * 31) + frame).Jpeg, ImageLimits.Default);
            session.Offer(image);
        }

        return session.Outcome;
    }

    private static bool Composes(VerificationCodeBOutcome outcome, Persona persona)
    {
        Span<char> code = stackalloc char[14];
        outcome.ComposeCode(code);
        return code.SequenceEqual(persona.VerificationCodeB);
    }
}
