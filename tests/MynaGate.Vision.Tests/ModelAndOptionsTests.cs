using MynaGate.Vision.Errors;
using MynaGate.Vision.Faces;
using MynaGate.Vision.Models;

namespace MynaGate.Vision.Tests;

public class ModelAndOptionsTests
{
    [Fact]
    public void A_model_with_the_wrong_sha256_is_refused_before_loading()
    {
        FaceEngineOptions options = FaceEngineOptions.Default();
        FaceEngineOptions tampered = options with { DetectorModel = options.DetectorModel with { Sha256 = new string('0', 64) } };
        FaceModelException e = Assert.Throws<FaceModelException>(() => FaceEngine.Create(tampered, TestData.Models));
        Assert.Contains("sha256", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_is_a_clear_model_error()
    {
        string empty = Directory.CreateTempSubdirectory("mynagate-models").FullName;
        try
        {
            FaceModelException e = Assert.Throws<FaceModelException>(() => FaceEngine.Create(FaceEngineOptions.Default(), empty));
            Assert.Contains("face_detection_yunet_2022mar.onnx", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Fact]
    public void A_file_that_is_not_an_onnx_model_fails_to_load_with_a_model_error()
    {
        string dir = Directory.CreateTempSubdirectory("mynagate-models").FullName;
        try
        {
            byte[] garbage = "not a network"u8.ToArray();
            File.WriteAllBytes(Path.Combine(dir, "MiniFASNetV2.onnx"), garbage);
            File.WriteAllBytes(Path.Combine(dir, "MiniFASNetV1SE.onnx"), garbage);
            string sum = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(garbage));
            Assert.Throws<FaceModelException>(() => LivenessDetector.Create(new ModelFile("MiniFASNetV2.onnx", sum), new ModelFile("MiniFASNetV1SE.onnx", sum), dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_embedded_configuration_carries_evaluated_thresholds_and_a_mask_classifier()
    {
        RecognizerDescriptor recognizer = FaceEngineOptions.Default().SelectedRecognizer;
        Assert.Equal(256, recognizer.MaskClassifier.Weights.Length);
        Assert.Contains(recognizer.MaskClassifier.Weights, w => w != 0);
        Assert.Contains("eval face", recognizer.Evaluation, StringComparison.Ordinal);
        Assert.InRange(recognizer.Thresholds.Unmasked, 0.2f, 0.9f);
    }

    [Fact]
    public void Malformed_configuration_is_an_argument_error()
    {
        using var json = new MemoryStream("{ \"detector\": 5 }"u8.ToArray());
        Assert.Throws<ArgumentException>(() => FaceEngineOptions.Parse(json));
        FaceEngineOptions options = FaceEngineOptions.Default() with { Recognizer = "nope" };
        Assert.Throws<ArgumentException>(() => options.SelectedRecognizer);
    }
}
