using MynaGate.Vision.Errors;

namespace MynaGate.Vision.Models;

/// <summary>Where the face models live: MYNAGATE_MODELS (set by ./mynagate, linked to ../shared/models by setup).</summary>
public static class ModelDirectory
{
    public const string EnvironmentVariable = "MYNAGATE_MODELS";

    public static string Resolve()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured)
                ? configured
                : throw new FaceModelException($"{EnvironmentVariable}={configured} is not a directory; run ./mynagate setup");
        }

        // Outside ./mynagate (an IDE test run): the checkout's models/ link, found from the build output upwards.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MynaGate.sln")) && Directory.Exists(Path.Combine(dir.FullName, "models")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        throw new FaceModelException($"no models directory: set {EnvironmentVariable} or run ./mynagate setup");
    }
}
