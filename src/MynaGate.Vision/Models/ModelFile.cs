using System.Security.Cryptography;
using MynaGate.Vision.Errors;

namespace MynaGate.Vision.Models;

/// <summary>A model file named in configuration with the sha256 it must have.</summary>
public sealed record ModelFile(string File, string Sha256)
{
    /// <summary>Reads the file from <paramref name="directory"/> and checks its sha256 before anything parses it.</summary>
    public byte[] ReadVerified(string directory)
    {
        string path = PathIn(directory);
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new FaceModelException($"model {File} cannot be read from {directory}: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new FaceModelException($"model {File} in {directory} is not readable", e);
        }

        string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new FaceModelException($"model {File} has sha256 {actual}, expected {Sha256}: wrong or damaged file");
        }

        return bytes;
    }

    /// <summary>Checks the file and returns its path, for loaders that only take a path (OpenCV 4.6's YuNet).</summary>
    public string VerifiedPath(string directory)
    {
        _ = ReadVerified(directory);
        return PathIn(directory);
    }

    private string PathIn(string directory) => Path.Combine(directory, File);
}
