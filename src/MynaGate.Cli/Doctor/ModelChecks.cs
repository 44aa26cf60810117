using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Cli.Doctor;

/// <summary>The face models the engine's configuration selects, present in the models folder with their pinned sha256.</summary>
public static class ModelChecks
{
    private const string Fix = "run ./mynagate setup (links ../shared/models, or downloads the official files)";

    public static IEnumerable<DoctorFinding> Run()
    {
        string directory;
        try
        {
            directory = ModelDirectory.Resolve();
        }
        catch (FaceModelException e)
        {
            return [DoctorFinding.Failed("models", e.Message, Fix)];
        }

        var options = FaceEngineOptions.Default();
        ModelFile[] models = [options.DetectorModel, options.LivenessV2Model, options.LivenessV1SeModel, options.SelectedRecognizer.Model];
        return models.Select(model => Check(model, directory));
    }

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
