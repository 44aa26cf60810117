using MynaGate.Vision.Faces;
using MynaGate.Vision.Imaging;
using MynaGate.Vision.Native;

namespace MynaGate.Vision.Tests;

[Collection(nameof(HandleTrackingGroup))]
public class HandleLeakTests
{
    [Fact]
    public void A_create_and_destroy_loop_leaves_no_native_handle()
    {
        HandleTracker.Enabled = true;
        try
        {
            for (int i = 0; i < 20; i++)
            {
                using VisionImage image = TestData.Load(TestData.Deepface("img1.jpg"));
                using VisionImage grey = image.ToGrey();
                _ = grey.Encode(ImageFormat.Jpeg2000, 250);
                Assert.Throws<Errors.ImageDecodeException>(() => VisionImage.Decode(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, ImageLimits.Default));
            }

            using (FaceEngine.Create(FaceEngineOptions.Default(), TestData.Models))
            {
                Assert.NotEmpty(HandleTracker.Leaks()); // the tracker does see live handles
            }

            Assert.Empty(HandleTracker.Leaks());
        }
        finally
        {
            HandleTracker.Enabled = false;
        }
    }

    [Fact]
    public void A_forgotten_image_is_reported_with_where_it_was_made()
    {
        HandleTracker.Enabled = true;
        try
        {
            VisionImage forgotten = VisionImage.FromPixels(new byte[4], 2, 2, 1);
            string leak = Assert.Single(HandleTracker.Leaks());
            Assert.Contains(nameof(ImageHandle), leak, StringComparison.Ordinal);
            forgotten.Dispose();
            Assert.Empty(HandleTracker.Leaks());
        }
        finally
        {
            HandleTracker.Enabled = false;
        }
    }
}

/// <summary>The handle tracker is process-wide: its tests must not run beside others that create handles.</summary>
[CollectionDefinition(nameof(HandleTrackingGroup), DisableParallelization = true)]
public class HandleTrackingGroup;
