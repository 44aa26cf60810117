using System.Collections.Concurrent;
using System.Drawing;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Ocr.Synthetic;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Tests;

[Collection(OcrGroup.Name)]
public class CardFaceReadingTests(OcrFixture fixture)
{
    private static readonly DateOnly Today = PersonaGenerator.DefaultReferenceDate;

    [Fact]
    public void Generator_is_deterministic_and_seeds_differ()
    {
        var persona = PersonaGenerator.Generate(11);
        using var first = fixture.Renderer.Render(persona, null, 11);
        using var again = fixture.Renderer.Render(persona, null, 11);
        using var other = fixture.Renderer.Render(persona, null, 12);
        Assert.Equal(first.ToPixels(), again.ToPixels());
        Assert.NotEqual(first.ToPixels(), other.ToPixels());
        Assert.Equal(SyntheticCamera.Capture(first, CameraEffects.Default, 5).Jpeg, SyntheticCamera.Capture(again, CameraEffects.Default, 5).Jpeg);
        Assert.NotEqual(SyntheticCamera.Capture(first, CameraEffects.Default, 5).Jpeg, SyntheticCamera.Capture(first, CameraEffects.Default, 6).Jpeg);
    }

    [Fact]
    public void CleanFrame_reads_the_personas_card_and_composes_the_chips_code()
    {
        var persona = PersonaGenerator.Generate(21);
        using var card = fixture.Renderer.Render(persona, null, 21);
        var session = new VerificationCodeBReader(fixture.Reader, remainingTries: 10, persona.CardExpiry, Today);
        for (int frame = 0; session.Outcome is null; frame++)
        {
            using var image = Frame(card, CameraEffects.None, frame);
            session.Offer(image);
        }

        Assert.True(session.Outcome.Ready, session.Outcome.ToString());
        Assert.Equal(2, session.Outcome.FramesRead);
        Span<char> code = stackalloc char[14];
        session.Outcome.ComposeCode(code);
        Assert.True(persona.VerificationCodeB == code.ToString(), "the composed code differs from the chip's (values withheld from test output)");

        // the session's end overwrites what was read
        var fields = session.Outcome.Fields!;
        session.Clear();
        Assert.True(fields.SecurityCode == 0 && fields.BirthDate == default && fields.Expiry == default, "the fields read outlived the session");
    }

    [Fact]
    public void UpsideDownCard_is_read_turned()
    {
        var persona = PersonaGenerator.Generate(22);
        using var card = fixture.Renderer.Render(persona, null, 22);
        double[] turn = [-1, 0, card.Width - 1, 0, -1, card.Height - 1];
        using var upsideDown = card.WarpAffine(turn, card.Width, card.Height);
        using var image = Frame(upsideDown, CameraEffects.None, 1);
        var result = fixture.Reader.Read(image, Today);
        Assert.True(result.Succeeded, result.Issue.ToString());
        Assert.True(persona.BirthDate == result.Fields!.BirthDate, "birth date read wrong");
        Assert.True(persona.SecurityCode == result.Fields.SecurityCode.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "security code read wrong");
    }

    [Fact]
    public void BlankAndNoiseFrames_have_no_card()
    {
        using var blank = VisionImage.FromPixels(Enumerable.Repeat((byte)128, 640 * 480).ToArray(), 640, 480, 1);
        Assert.Equal(CardFaceIssue.NoCard, fixture.Reader.Read(blank, Today).Issue);
        var random = new Random(3);
        var noise = new byte[640 * 480];
        random.NextBytes(noise);
        using var noisy = VisionImage.FromPixels(noise, 640, 480, 1);
        Assert.False(fixture.Reader.Read(noisy, Today).Succeeded);
    }

    [Fact]
    public void HalfTheCardInView_is_not_read()
    {
        var persona = PersonaGenerator.Generate(23);
        using var card = fixture.Renderer.Render(persona, null, 23);
        using var frame = Frame(card, CameraEffects.None, 2);
        using var half = frame.Crop(new Rectangle(0, 0, frame.Width / 2, frame.Height));
        var result = fixture.Reader.Read(half, Today);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Issue, new[] { CardFaceIssue.CardNotWhole, CardFaceIssue.NoCard });
    }

    // a whole card held at a slant, its far edge the shorter: its mean sides stand 1.31 : 1 where an upright card's
    // stand 1.586 : 1; half a card, cut across its length, stands 1.26 : 1 and must not pass for a whole one
    [Fact]
    public void A_whole_card_seen_at_a_slant_is_found_and_half_a_card_lying_whole_in_view_is_not()
    {
        var persona = PersonaGenerator.Generate(24);
        using var card = fixture.Renderer.Render(persona, null, 24);
        using (var slanted = OnTable(card, [new(430, 200), new(1170, 200), new(1250, 820), new(350, 820)]))
        {
            var (quad, issue) = CardOutline.Find(slanted, CardFaceReadingOptions.Default.MinCardArea);
            Assert.Equal(CardFaceIssue.None, issue);
            Assert.InRange(quad!.AspectRatio, 1.30, 1.33);
        }

        using var half = card.Crop(new Rectangle(0, 0, card.Width / 2, card.Height));
        using var halfOnTable = OnTable(half, [new(500, 250), new(500 + half.Width, 250), new(500 + half.Width, 250 + half.Height), new(500, 250 + half.Height)]);
        Assert.Equal(CardFaceIssue.CardNotWhole, CardOutline.Find(halfOnTable, CardFaceReadingOptions.Default.MinCardArea).Issue);
    }

    // a card filling half a 4:3 frame's width, turned 20° and at a slant, covers about 0.11 of the frame
    [Fact]
    public void A_card_covering_a_ninth_of_the_frame_is_found_and_one_covering_a_thirteenth_is_not()
    {
        var persona = PersonaGenerator.Generate(24);
        using var card = fixture.Renderer.Render(persona, null, 24);
        using (var ninth = OnTable(card, [new(500, 400), new(1080, 400), new(1080, 766), new(500, 766)]))
        {
            var (quad, issue) = CardOutline.Find(ninth, CardFaceReadingOptions.Default.MinCardArea);
            Assert.Equal(CardFaceIssue.None, issue);
            Assert.InRange(quad!.AreaFraction, 0.105, 0.115);
        }

        using var thirteenth = OnTable(card, [new(500, 400), new(980, 400), new(980, 703), new(500, 703)]);
        Assert.Equal(CardFaceIssue.NoCard, CardOutline.Find(thirteenth, CardFaceReadingOptions.Default.MinCardArea).Issue);
    }

    // a lighter blotch of the background (the generator's circles, a shadow, a mat) touching the card's edge joins the
    // card's outline on the outside; the inside of the card's edge still traces the card
    [Fact]
    public void A_card_whose_edge_touches_a_lighter_blotch_of_the_background_is_found_along_its_own_edge()
    {
        var persona = PersonaGenerator.Generate(24);
        using var card = fixture.Renderer.Render(persona, null, 24);
        PointF[] corners = [new(300, 300), new(1100, 300), new(1100, 805), new(300, 805)];
        using var frame = OnTable(card, corners, blotch: (new PointF(1250, 350), 260));

        var (quad, issue) = CardOutline.Find(frame, CardFaceReadingOptions.Default.MinCardArea);
        Assert.Equal(CardFaceIssue.None, issue);
        Assert.InRange(quad!.AreaFraction, 0.20, 0.22); // the card's 800 × 505 of 1600 × 1200, not the card and the blotch
    }

    // the document laid with its corners at these points of a 1600 × 1200 frame of dark table
    // and, when given, a round blotch beneath it lighter than the table (a glare, a mat)
    private static VisionImage OnTable(VisionImage document, PointF[] corners, (PointF Centre, float Radius)? blotch = null)
    {
        var frame = VisionImage.FromPixels(Enumerable.Repeat((byte)50, 1600 * 1200 * 3).ToArray(), 1600, 1200, 3);
        if (blotch is { } b)
        {
            frame.FillPolygon([.. Enumerable.Range(0, 60).Select(k => new PointF(
                b.Centre.X + (b.Radius * MathF.Cos(k * MathF.Tau / 60)), b.Centre.Y + (b.Radius * MathF.Sin(k * MathF.Tau / 60))))], Color.FromArgb(150, 155, 150));
        }

        using var bgr = document.Channels == 3 ? null : document.ToBgr();
        frame.PasteWarped(bgr ?? document, VisionImage.PerspectiveTransform(
            [new PointF(0, 0), new PointF(document.Width, 0), new PointF(document.Width, document.Height), new PointF(0, document.Height)], corners));
        return frame;
    }

    [Fact]
    public void HugeImage_is_refused_before_decoding()
    {
        using var huge = VisionImage.FromPixels(new byte[5000 * 4000], 5000, 4000, 1);
        byte[] jpeg = huge.Encode(ImageFormat.Jpeg, 50);
        Assert.Throws<ImageLimitException>(() => VisionImage.Decode(jpeg, ImageLimits.Default));
    }

    [Fact]
    public void TriesAreCheckedFirst_and_no_frame_is_read_when_low()
    {
        using var blank = VisionImage.FromPixels(new byte[64 * 64], 64, 64, 1);
        var blocked = new VerificationCodeBReader(fixture.Reader, remainingTries: 0, null, Today);
        Assert.Equal(CardFaceIssue.CardBlocked, blocked.Outcome?.Issue);
        var low = new VerificationCodeBReader(fixture.Reader, remainingTries: CardFaceReadingOptions.Default.TriesReserve, null, Today);
        Assert.Equal(CardFaceIssue.FewTriesLeft, low.Outcome?.Issue);
        low.Offer(blank);
        Assert.Equal(0, low.Outcome!.FramesRead);
    }

    [Fact]
    public void ChipExpiryDisagreeing_abstains()
    {
        var persona = PersonaGenerator.Generate(24);
        using var card = fixture.Renderer.Render(persona, null, 24);
        var options = CardFaceReadingOptions.Default with { MaxFrames = 2 };
        var session = new VerificationCodeBReader(fixture.Reader, 10, persona.CardExpiry.AddYears(1), Today, options);
        for (int frame = 0; session.Outcome is null; frame++)
        {
            using var image = Frame(card, CameraEffects.None, frame);
            Assert.Equal(CardFaceIssue.ExpiryDisagreesWithChip, session.Offer(image).Issue);
        }

        Assert.False(session.Outcome.Ready);
        Assert.Equal(CardFaceIssue.ExpiryDisagreesWithChip, session.Outcome.Issue);
    }

    [Fact]
    public void Frames_that_read_different_values_end_the_reading_without_a_code()
    {
        // two cards in one session stand for frames of one card read two ways (a blurred 3 read as 5): which frame is
        // right no count of frames can tell, and a wrong code costs one of the card's tries
        var persona = PersonaGenerator.Generate(27);
        var other = PersonaGenerator.Generate(28);
        using var card = fixture.Renderer.Render(persona, null, 27);
        using var otherCard = fixture.Renderer.Render(other, null, 28);
        var session = new VerificationCodeBReader(fixture.Reader, 10, chipExpiry: null, Today);
        using (var image = Frame(card, CameraEffects.None, 0)) Assert.True(session.Offer(image).Succeeded);
        using (var image = Frame(otherCard, CameraEffects.None, 0)) Assert.True(session.Offer(image).Succeeded);

        Assert.NotNull(session.Outcome);
        Assert.False(session.Outcome.Ready);
        Assert.Equal(CardFaceIssue.FramesDisagree, session.Outcome.Issue);
        // a third frame that agrees with the first is not read: the reading has ended
        using (var image = Frame(card, CameraEffects.None, 1)) Assert.Equal(CardFaceIssue.FramesDisagree, session.Offer(image).Issue);
        Assert.Equal(2, session.FramesRead);
    }

    [Fact]
    public void A_foreign_residents_card_is_not_read_into_a_code()
    {
        var persona = PersonaGenerator.Generate(25);
        using var card = fixture.Renderer.Render(persona, null, 25, null, CardFaceLayoutFamily.Classic, foreignResident: true);
        var session = new VerificationCodeBReader(fixture.Reader, 10, persona.CardExpiry, Today);
        for (int frame = 0; session.Outcome is null; frame++)
        {
            using var image = Frame(card, CameraEffects.None, frame);
            session.Offer(image);
        }

        Assert.False(session.Outcome.Ready);
        Assert.Equal(CardFaceIssue.GregorianBirthDate, session.Outcome.Issue);
        // two frames that agree on it end the reading: the patient is not kept at the camera for six
        Assert.Equal(CardFaceReadingOptions.Default.AgreeingFrames, session.Outcome.FramesRead);
    }

    [Fact]
    public void The_printed_expiry_is_checked_against_the_chips_only_when_asked()
    {
        var persona = PersonaGenerator.Generate(27);
        using var card = fixture.Renderer.Render(persona, null, 27);
        using var image = Frame(card, CameraEffects.None, 0);

        var same = fixture.Reader.Read(image, Today, persona.CardExpiry);
        Assert.True(same.Succeeded && same.PrintedExpiryAgreed, same.Issue.ToString());
        // a chip saying another year than the card's face: refused while the face is read, the chip's taken when not
        var other = persona.CardExpiry.AddYears(1);
        Assert.Equal(CardFaceIssue.ExpiryDisagreesWithChip, fixture.Reader.Read(image, Today, other).Issue);
        var unchecked_ = fixture.Reader.Read(image, Today, other, checkPrintedExpiry: false);
        Assert.True(unchecked_.Succeeded && !unchecked_.PrintedExpiryAgreed, unchecked_.Issue.ToString());
        Assert.True(unchecked_.Fields!.Expiry == other, "the chip's expiry was not the one used");
    }

    [Fact]
    public void Without_the_chips_expiry_the_printed_one_is_read()
    {
        var persona = PersonaGenerator.Generate(26);
        using var card = fixture.Renderer.Render(persona, null, 26);
        using var image = Frame(card, CameraEffects.None, 0);
        var result = fixture.Reader.Read(image, Today, chipExpiry: null);
        Assert.True(result.Succeeded, result.Issue.ToString());
        Assert.True(result.Fields!.Expiry == persona.CardExpiry, "the printed expiry was read wrong");
    }

    // Cards of every layout family (random within it) and held-out font families through both camera geometries: the
    // path reads them and never composes a wrong code. The rates over thousands of cards are measured by
    // ./mynagate eval ocr, not here.
    [Fact]
    public void GeneratedCards_of_every_family_layout_and_geometry_are_read_and_never_give_a_wrong_code()
    {
        const int count = 10;
        using var tuning = SyntheticFonts.Load(FontSet.Tuning);
        using var heldOut = SyntheticFonts.Load(FontSet.HeldOut);
        var outcomes = new ConcurrentBag<(bool Ready, bool Right)>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            int seed = 50_000 + i;
            var family = (CardFaceLayoutFamily)(i % 5);
            var fonts = i < 5 ? tuning : heldOut;
            var persona = PersonaGenerator.Generate(seed, Today);
            using var card = new CardFaceRenderer(fonts).Render(persona, null, seed, i % fonts.Count, family);
            var camera = i % 2 == 0 ? CameraEffects.Tray : CameraEffects.Default;
            var session = new VerificationCodeBReader(fixture.Reader, 10, persona.CardExpiry, Today);
            for (int frame = 0; session.Outcome is null; frame++)
            {
                using var image = Frame(card, camera, (seed * 31) + frame);
                session.Offer(image);
            }

            if (!session.Outcome.Ready)
            {
                outcomes.Add((false, false));
                return;
            }

            Span<char> code = stackalloc char[14];
            session.Outcome.ComposeCode(code);
            outcomes.Add((true, code.SequenceEqual(persona.VerificationCodeB)));
        });

        Assert.Equal(0, outcomes.Count(o => o.Ready && !o.Right));
        // the cards and frames are seeded: a reader that abstains on more than one of them has broken
        Assert.True(outcomes.Count(o => o.Ready) >= count - 1, $"{outcomes.Count(o => o.Ready)} of {count} answered");
    }

    private static VisionImage Frame(VisionImage card, CameraEffects effects, int seed) =>
        VisionImage.Decode(SyntheticCamera.Capture(card, effects, seed).Jpeg, ImageLimits.Default);
}
