using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Site.Doctor;

/// <summary>The face models the engine's configuration selects and PP-OCR's recogniser, present in the models folder
/// with their pinned sha256.</summary>
public static class ModelChecks
{
    private const string Fix = "run ./mynagate setup (links ../shared/models, or downloads the official files)";

    /// <param name="installed">the installed models folder, or null for the one <c>MYNAGATE_MODELS</c> names</param>
    public static IEnumerable<DoctorFinding> Run(string? installed)
    {
        string directory;
        try
        {
            directory = installed ?? ModelDirectory.Resolve();
        }
        catch (FaceModelException e)
        {
            return [DoctorFinding.Failed("models", e.Message, Fix)];
        }

        var options = FaceEngineOptions.Default();
        ModelFile[] models = [options.DetectorModel, options.LivenessV2Model, options.LivenessV1SeModel, options.SelectedRecognizer.Model];
        return models.Select(model => Check(model, directory)).Append(Paddle(directory)).Concat(options.Recognizers.Select(Licence));
    }

    // loading checks the model and its dictionary against ppocr/SHA256SUMS and that ONNX Runtime takes the model
    private static DoctorFinding Paddle(string directory)
    {
        try
        {
            using var recognizer = PaddleTextRecognizer.Load(directory);
            using var orientation = PaddleOrientation.Load(directory);
            using var detector = PaddleTextDetector.Load(directory);
            return DoctorFinding.Ok("model", $"ppocr/{PaddleTextDetector.ModelFile}, {PaddleTextRecognizer.ModelFile} and {PaddleOrientation.ModelFile}: sha256 matches, load in ONNX Runtime");
        }
        catch (OcrException e)
        {
            return DoctorFinding.Failed("model", e.Message, Fix);
        }
    }

    // every recognizer the configuration describes, with its licence: a research-only one is never a clinic's default
    private static DoctorFinding Licence(RecognizerDescriptor recognizer) =>
        DoctorFinding.Ok("recognizer", $"{recognizer.Name}: licence {recognizer.Licence}, runtime {recognizer.Runtime}" +
            (recognizer.IsResearchOnly ? " (not for clinical use without its maker's licence; a reader runs it only when told to)" : string.Empty));

    private static DoctorFinding Check(ModelFile model, string directory)
    {
        try
        {
            model.ReadVerified(directory);
            return DoctorFinding.Ok("model", $"{model.File}: sha256 matches");
        }
        catch (FaceModelException e)
        {
            return DoctorFinding.Failed("model", e.Message, Fix);
        }
    }
}
