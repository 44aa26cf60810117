using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

public class FaceMatchingTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private readonly FaceEngine _engine = fixture.Engine;

    // A fixed subset of deepface's master.csv: different people in each same-person pair, both sexes.
    [Theory]
    [InlineData("img20.jpg", "img21.jpg")]
    [InlineData("img16.jpg", "img17.jpg")]
    [InlineData("img22.jpg", "img23.jpg")]
    [InlineData("img1.jpg", "img2.jpg")]
    [InlineData("img13.jpg", "img15.jpg")]
    [InlineData("img8.jpg", "img9.jpg")]
    public void Same_person_scores_above_the_configured_threshold(string reference, string probe) =>
        Assert.True(Similarity(reference, probe) >= _engine.Thresholds.Unmasked);

    [Theory]
    [InlineData("img20.jpg", "img16.jpg")]
    [InlineData("img1.jpg", "img13.jpg")]
    [InlineData("img22.jpg", "img8.jpg")]
    [InlineData("img2.jpg", "img21.jpg")]
    [InlineData("img17.jpg", "img9.jpg")]
    public void Different_people_score_below_the_configured_threshold(string reference, string probe) =>
        Assert.True(Similarity(reference, probe) < _engine.Thresholds.Unmasked);

    [Fact]
    public void A_chip_photo_as_greyscale_jpeg2000_matches_the_live_colour_face()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using ReferenceFace reference = _engine.EnrolReference(TestData.ChipPhoto(photo));
        using VisionImage live = TestData.Load(TestData.Deepface("img2.jpg"));
        FrameAnalysis analysis = _engine.Analyse(live, reference);
        Assert.NotNull(analysis.Similarity);
        Assert.True(analysis.Matches, $"similarity {analysis.Similarity} threshold {analysis.Threshold}");
    }

    // the demo's masked holder has a PNG photo (the MFR2 set holds PNGs): a card is issued from it as from a JPEG
    [Fact]
    public void A_chip_photo_made_from_a_png_enrols_like_one_made_from_a_jpeg_and_other_files_are_refused()
    {
        byte[] chipPhoto = MynaGate.Card.Virtual.Imaging.DebianImageTools.Jpeg2000FromPhotoFile(TestData.Mfr2("BenAffleck", 3));
        using ReferenceFace reference = _engine.EnrolReference(chipPhoto);
        Assert.NotNull(reference);

        string notAPhoto = Path.Combine(Path.GetTempPath(), "mynagate-not-a-photo-" + Guid.NewGuid().ToString("N")[..8] + ".jpg");
        File.WriteAllText(notAPhoto, "not an image");
        try
        {
            Assert.Throws<ArgumentException>(() => MynaGate.Card.Virtual.Imaging.DebianImageTools.Jpeg2000FromPhotoFile(notAPhoto));
        }
        finally
        {
            File.Delete(notAPhoto);
        }
    }

    [Fact]
    public void The_virtual_cards_chip_photo_enrols_and_matches_its_person_but_not_another()
    {
        byte[] chipPhoto = MynaGate.Card.Virtual.Imaging.DebianImageTools.Jpeg2000FromPhotoFile(TestData.Deepface("img1.jpg"));
        using ReferenceFace reference = _engine.EnrolReference(chipPhoto);
        using VisionImage same = TestData.Load(TestData.Deepface("img4.jpg"));
        using VisionImage other = TestData.Load(TestData.Deepface("img13.jpg"));
        Assert.True(_engine.Analyse(same, reference).Matches);
        FrameAnalysis impostor = _engine.Analyse(other, reference);
        Assert.NotNull(impostor.Similarity);
        Assert.False(impostor.Matches);
    }

    [Fact]
    public void A_reference_without_a_face_is_refused()
    {
        using VisionImage blank = VisionImage.FromPixels(new byte[200 * 250], 200, 250, 1);
        Assert.Throws<FaceNotFoundException>(() => _engine.EnrolReference(blank.Encode(ImageFormat.Jpeg2000, 250)));
    }

    [Fact]
    public void Disposing_a_reference_clears_its_embeddings()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        ReferenceFace reference = _engine.EnrolReference(TestData.ChipPhoto(photo));
        FaceEmbedding[] covered = [.. Enumerable.Range(0, MaskPalette.Colours.Count).Select(reference.Covered)];
        reference.Dispose();
        Assert.All(covered.Append(reference.Whole), e => Assert.All(e.Vector.ToArray(), v => Assert.Equal(0f, v)));
        Assert.Throws<ObjectDisposedException>(() => reference.Covered(0));
    }

    [Fact]
    public void A_masked_reference_is_embedded_once_per_colour_when_first_asked()
    {
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using ReferenceFace reference = _engine.EnrolReference(TestData.ChipPhoto(photo));
        FaceEmbedding white = reference.Covered(0);
        Assert.Same(white, reference.Covered(0));
        // a mask hides half the face: the covered reference is the same person, but not the same embedding
        float toWhole = white.Similarity(reference.Whole);
        Assert.InRange(toWhole, 0.3f, 0.999f);
        Assert.True(white.Similarity(reference.Covered(2)) < 0.999f, "a black mask embedded like a white one");
    }

    private float Similarity(string reference, string probe)
    {
        using VisionImage a = TestData.Load(TestData.Deepface(reference));
        using VisionImage b = TestData.Load(TestData.Deepface(probe));
        using ReferenceFace r = _engine.Enrol(a, FaceEngine.ChooseFace(_engine.Detect(a), a)!);
        using ProbeFace p = _engine.EmbedProbe(b, FaceEngine.ChooseFace(_engine.Detect(b), b)!);
        return p.Whole.Similarity(r.Whole);
    }
}
