using System.Text;
using System.Text.Json.Nodes;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

/// <summary>Recognizers as described plug-ins: their licence is required and obeyed, and ONNX Runtime runs what OpenCV runs.</summary>
public class RecognizerPluginTests
{
    private const string ResearchModel = "w600k-mbf-int8";

    [Fact]
    public void A_recognizer_description_without_a_licence_is_refused()
    {
        var json = JsonNode.Parse(FaceEngineOptions.Default().ToJson())!;
        json["recognizers"]![0]!.AsObject().Remove("licence");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()));
        var e = Assert.Throws<ArgumentException>(() => FaceEngineOptions.Parse(stream));
        Assert.Contains("licence", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_other_than_commercial_or_research_only_is_refused()
    {
        RecognizerDescriptor odd = FaceEngineOptions.Default().SelectedRecognizer with { Licence = "free" };
        Assert.Throws<ArgumentException>(() => FaceRecognizer.Create(odd, TestData.Models));
    }

    [Fact]
    public void The_default_recognizer_is_commercial_and_the_research_model_is_refused_unless_allowed()
    {
        FaceEngineOptions options = FaceEngineOptions.Default();
        Assert.Equal(RecognizerDescriptor.Commercial, options.SelectedRecognizer.Licence);
        Assert.True(options.Recognizers.Single(r => r.Name == ResearchModel).IsResearchOnly);

        var refused = Assert.Throws<FaceModelException>(() => FaceEngine.Create(options with { Recognizer = ResearchModel }, TestData.Models));
        Assert.Contains("research only", refused.Message, StringComparison.Ordinal);
        using FaceEngine allowed = FaceEngine.Create(options with { Recognizer = ResearchModel, AllowResearchOnlyRecognizer = true }, TestData.Models);
        Assert.Equal(ResearchModel, allowed.Options.SelectedRecognizer.Name);
    }

    [Fact]
    public void ONNX_Runtime_and_OpenCV_give_the_default_model_the_same_embedding()
    {
        RecognizerDescriptor opencv = FaceEngineOptions.Default().SelectedRecognizer with { FlipAugmentation = false };
        using FaceRecognizer viaOpenCv = FaceRecognizer.Create(opencv, TestData.Models);
        using FaceRecognizer viaOrt = FaceRecognizer.Create(opencv with { Runtime = RecognizerDescriptor.OnnxRuntime }, TestData.Models);
        using FaceEngine engine = FaceEngine.Create(FaceEngineOptions.Default(), TestData.Models);
        using VisionImage photo = TestData.Load(TestData.Deepface("img2.jpg"));
        using VisionImage aligned = viaOpenCv.Align(photo, FaceEngine.ChooseFace(engine.Detect(photo), photo)!);

        float similarity = viaOpenCv.Embed(aligned).Similarity(viaOrt.Embed(aligned));

        Assert.True(similarity > 0.999f, $"cosine {similarity} between the two runtimes' embeddings");
    }

    [Fact]
    public void The_research_model_in_Onnx_Runtime_matches_a_person_and_not_another()
    {
        FaceEngineOptions options = FaceEngineOptions.Default() with { Recognizer = ResearchModel, AllowResearchOnlyRecognizer = true };
        using FaceEngine engine = FaceEngine.Create(options, TestData.Models);
        using VisionImage photo = TestData.Load(TestData.Deepface("img1.jpg"));
        using ReferenceFace reference = engine.EnrolReference(TestData.ChipPhoto(photo));
        using VisionImage same = TestData.Load(TestData.Deepface("img2.jpg"));
        using VisionImage other = TestData.Load(TestData.Deepface("img13.jpg"));

        Assert.True(engine.Analyse(same, reference).Matches);
        Assert.False(engine.Analyse(other, reference).Matches);
    }
}
