namespace MynaGate.Cli.Tests;

/// <summary>face compare on the deepface unit images: img1, img2 are one person, img13 another.</summary>
public sealed class FaceCompareTests : IDisposable
{
    private readonly TestFolder _temp = new();

    private static string Image(string name) => Path.Combine(Toolbox.Shared, "datasets", "deepface-unit", name);

    [Fact]
    public async Task The_same_person_matches_and_another_does_not()
    {
        var same = await Toolbox.RunAsync("face", "compare", Image("img1.jpg"), Image("img2.jpg"), "--json");
        var other = await Toolbox.RunAsync("face", "compare", Image("img1.jpg"), Image("img13.jpg"), "--json");

        var match = Assert.Single(same.Lines);
        Assert.Equal("match", match.GetProperty("decision").GetString());
        Assert.True(match.GetProperty("similarity").GetSingle() >= match.GetProperty("threshold").GetSingle());
        Assert.Equal(match.GetProperty("live").GetBoolean() ? 0 : 1, same.ExitCode);
        var mismatch = Assert.Single(other.Lines);
        Assert.Equal("no match", mismatch.GetProperty("decision").GetString());
        Assert.True(mismatch.GetProperty("similarity").GetSingle() < mismatch.GetProperty("threshold").GetSingle());
        Assert.Equal(1, other.ExitCode);
    }

    [Fact]
    public async Task An_unreadable_probe_or_a_reference_without_a_face_is_not_compared()
    {
        string garbage = _temp.File("probe.jpg", [1, 2, 3]);
        var badProbe = await Toolbox.RunAsync("face", "compare", Image("img1.jpg"), garbage, "--json");

        Assert.Equal(1, badProbe.ExitCode);
        var line = Assert.Single(badProbe.Lines);
        Assert.Equal("not compared", line.GetProperty("decision").GetString());
        Assert.StartsWith("probe: not a readable image", line.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(60, 66)]
    [InlineData(12, 12)]
    public async Task A_tiny_probe_gets_an_answer_or_a_clear_refusal_and_the_process_does_not_abort(int width, int height)
    {
        using var photo = MynaGate.Vision.Imaging.VisionImage.Decode(File.ReadAllBytes(Image("img2.jpg")), MynaGate.Vision.Imaging.ImageLimits.Default);
        using var tiny = photo.Resize(width, height);
        string probe = _temp.File($"tiny-{width}x{height}.jpg", tiny.Encode(MynaGate.Vision.Imaging.ImageFormat.Jpeg, 90));

        var result = await Toolbox.RunAsync("face", "compare", Image("img1.jpg"), probe, "--json");

        Assert.InRange(result.ExitCode, 0, 1);
        var line = Assert.Single(result.Lines);
        string decision = line.GetProperty("decision").GetString()!;
        Assert.Contains(decision, new[] { "match", "no match", "not compared" });
        if (decision == "not compared") Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("reason").GetString()));
    }

    public void Dispose() => _temp.Dispose();
}
