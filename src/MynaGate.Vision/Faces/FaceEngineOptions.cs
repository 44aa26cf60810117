using System.Reflection;
using System.Text.Json;
using MynaGate.Vision.Models;

namespace MynaGate.Vision.Faces;

/// <summary>
/// The face engine's configuration: model files with their sha256, detector settings, the recognizers (one is
/// selected), quality limits and the multi-frame policy. The defaults ship as face-engine.json in this assembly;
/// a clinic's file may replace it.
/// </summary>
public sealed record FaceEngineOptions
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public required ModelFile DetectorModel { get; init; }

    public required DetectorOptions Detector { get; init; }

    public required ModelFile LivenessV2Model { get; init; }

    public required ModelFile LivenessV1SeModel { get; init; }

    /// <summary>Name of the recognizer in <see cref="Recognizers"/> to use.</summary>
    public required string Recognizer { get; init; }

    public required IReadOnlyList<RecognizerDescriptor> Recognizers { get; init; }

    public required QualityLimits Quality { get; init; }

    public required DecisionPolicy Decision { get; init; }

    /// <summary>Lets <see cref="FaceEngine.Create"/> load a recognizer licensed for research only; never set in the shipped file.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AllowResearchOnlyRecognizer { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public RecognizerDescriptor SelectedRecognizer =>
        Recognizers.FirstOrDefault(r => r.Name == Recognizer)
        ?? throw new ArgumentException($"recognizer '{Recognizer}' is not described in the configuration");

    /// <summary>The embedded defaults.</summary>
    public static FaceEngineOptions Default()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MynaGate.Vision.face-engine.json")
            ?? throw new InvalidOperationException("face-engine.json is not embedded");
        return Parse(stream);
    }

    public static FaceEngineOptions Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Parse(stream);
    }

    public static FaceEngineOptions Parse(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<FaceEngineOptions>(json, Json)
                ?? throw new ArgumentException("face engine configuration is empty");
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"face engine configuration is invalid: {e.Message}", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
