using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Models;

namespace MynaGate.Ocr.Tests;

/// <summary>PP-OCR's line recogniser in ONNX Runtime reads card-face lines in every installed font, and refuses a model that is not the pinned one.</summary>
public sealed class PaddleTextRecognizerTests(OcrFixture fixture) : IClassFixture<OcrFixture>
{
    [Theory]
    [InlineData("昭和55年12月3日生")]
    [InlineData("2034年1月20日")]
    [InlineData("令和7年4月1日")]
    [InlineData("4729")]
    public void A_rendered_line_reads_back_in_every_font(string line)
    {
        using var recognizer = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        for (int font = 0; font < fixture.Fonts.Count; font++)
        {
            using var image = Render(fixture.Fonts[font], line);
            var read = recognizer.Read(image);
            Assert.True(read.Text == line, $"font #{font} read '{read.Text}'");
            Assert.InRange(read.MinConfidence, float.Epsilon, 1f);
        }
    }

    [Theory]
    [InlineData("昭和55年12月3日生")]
    [InlineData("2034年1月20日まで有効")]
    public void The_direction_classifier_tells_an_upright_line_from_a_turned_one_in_every_font(string line)
    {
        using var orientation = PaddleOrientation.Load(ModelDirectory.Resolve());
        for (int font = 0; font < fixture.Fonts.Count; font++)
        {
            using var upright = Render(fixture.Fonts[font], line);
            using var turned = upright.WarpAffine([-1, 0, upright.Width - 1, 0, -1, upright.Height - 1], upright.Width, upright.Height);
            Assert.True(orientation.UpsideDown(upright) < 0.5f, $"font #{font}: upright line taken for turned");
            Assert.True(orientation.UpsideDown(turned) > 0.5f, $"font #{font}: turned line taken for upright");
        }
    }

    [Fact]
    public void A_blank_line_reads_as_nothing()
    {
        using var recognizer = PaddleTextRecognizer.Load(ModelDirectory.Resolve());
        using var blank = VisionImage.FromPixels(Enumerable.Repeat((byte)255, 300 * 40).ToArray(), 300, 40, 1);
        Assert.Equal("", recognizer.Read(blank).Text);
    }

    [Fact]
    public void A_model_that_is_not_the_pinned_one_is_refused()
    {
        string folder = Directory.CreateTempSubdirectory("mynagate-ppocr-").FullName;
        try
        {
            string ppocr = Directory.CreateDirectory(Path.Combine(folder, "ppocr")).FullName;
            File.Copy(Path.Combine(ModelDirectory.Resolve(), "ppocr", "SHA256SUMS"), Path.Combine(ppocr, "SHA256SUMS"));
            File.WriteAllBytes(Path.Combine(ppocr, PaddleTextRecognizer.ModelFile), [1, 2, 3]);
            File.Copy(Path.Combine(ModelDirectory.Resolve(), "ppocr", PaddleTextRecognizer.DictionaryFile), Path.Combine(ppocr, PaddleTextRecognizer.DictionaryFile));
            Assert.Contains("not the file SHA256SUMS pins", Assert.Throws<OcrException>(() => PaddleTextRecognizer.Load(folder)).Message, StringComparison.Ordinal);
            Assert.Throws<OcrException>(() => PaddleTextRecognizer.Load(Path.Combine(folder, "missing")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static VisionImage Render(TextFont font, string text)
    {
        const int height = 36;
        var (width, ascent, descent) = font.Measure(text, height);
        int w = width + 24, h = ascent + descent + 16;
        var image = VisionImage.FromPixels(Enumerable.Repeat((byte)255, w * h * 3).ToArray(), w, h, 3);
        image.DrawText(font, text, new Point(12, 8 + ascent), height, Color.Black);
        return image;
    }
}
