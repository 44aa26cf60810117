using MynaGate.Vision.Models;

namespace MynaGate.Vision.Faces;

/// <summary>
/// Everything the engine needs to run a face recognizer without code changes: the model file and its sha256, the
/// input size, channel order and normalisation, the 5-point alignment template (fractions of the input, image
/// order), the embedding size, whether the mirror image is embedded too, and the thresholds chosen by an evaluation
/// (named in <see cref="Evaluation"/>).
/// </summary>
public sealed record RecognizerDescriptor
{
    public const string OpenCv = "opencv";
    public const string OnnxRuntime = "onnxruntime";
    public const string Commercial = "commercial";
    public const string ResearchOnly = "research-only";

    public required string Name { get; init; }

    public required ModelFile Model { get; init; }

    /// <summary>
    /// The model's licence as its provider states it: <c>commercial</c> (usable in a clinic) or <c>research-only</c>
    /// (never a default; the engine refuses it unless its configuration allows it explicitly).
    /// </summary>
    public required string Licence { get; init; }

    /// <summary>What is known of the data the model was trained on and that data's terms (a weights licence does not cover them).</summary>
    public string TrainingData { get; init; } = "not stated";

    /// <summary><c>opencv</c> (OpenCV 4.6 dnn; float models) or <c>onnxruntime</c> (any ONNX model, integer-quantised too).</summary>
    public string Runtime { get; init; } = OpenCv;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsResearchOnly => Licence == ResearchOnly;

    public required int InputWidth { get; init; }

    public required int InputHeight { get; init; }

    /// <summary>"BGR" or "RGB": the channel order the network was trained on.</summary>
    public required string ChannelOrder { get; init; }

    /// <summary>Subtracted per channel, in the network's channel order, before <see cref="Scale"/>.</summary>
    public required float[] Mean { get; init; }

    public required float Scale { get; init; }

    /// <summary>Target positions of the 5 landmarks as (x, y) fractions of the input, image order left to right.</summary>
    public required float[] Template { get; init; }

    public required int EmbeddingSize { get; init; }

    /// <summary>
    /// Test-time augmentation: the aligned face and its mirror image are both embedded and their mean is the
    /// embedding. Twice the network time; on when <c>eval face</c> measures it better on held-out identities.
    /// </summary>
    public bool FlipAugmentation { get; init; }

    public required MatchThresholds Thresholds { get; init; }

    public required MaskClassifierWeights MaskClassifier { get; init; }

    /// <summary>The command and data set that chose the thresholds and the mask classifier, with the figures seen.</summary>
    public required string Evaluation { get; init; }

    internal void Validate()
    {
        if (ChannelOrder is not ("BGR" or "RGB") || Mean.Length != 3 || Template.Length != 10 || EmbeddingSize <= 0)
        {
            throw new ArgumentException($"recognizer descriptor {Name} is malformed (channel order, mean, template or embedding size)");
        }

        if (Licence is not (Commercial or ResearchOnly))
        {
            throw new ArgumentException($"recognizer descriptor {Name}: licence must be '{Commercial}' or '{ResearchOnly}', not '{Licence}'");
        }

        if (Runtime is not (OpenCv or OnnxRuntime))
        {
            throw new ArgumentException($"recognizer descriptor {Name}: runtime must be '{OpenCv}' or '{OnnxRuntime}', not '{Runtime}'");
        }

        if (MaskClassifier.Weights.Length != EmbeddingSize)
        {
            throw new ArgumentException($"recognizer descriptor {Name}: mask classifier has {MaskClassifier.Weights.Length} weights for a {EmbeddingSize}-D embedding");
        }
    }
}
