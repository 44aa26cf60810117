using System.Buffers.Binary;
using System.Drawing;
using MynaGate.Vision.Errors;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Tests;

public class ImageCodecTests
{
    [Fact]
    public void Jpeg2000_container_and_raw_codestream_decode_to_the_same_pixels()
    {
        using VisionImage photo = TestData.Load(TestData.Mfr2("AdrianDunbar", 2), grey: true);
        byte[] container = photo.Encode(ImageFormat.Jpeg2000, 1000);
        byte[] codestream = ExtractCodestream(container);
        Assert.Equal([0xFF, 0x4F, 0xFF, 0x51], codestream[..4]);

        using VisionImage fromContainer = VisionImage.Decode(container, ImageLimits.Default, grey: true);
        using VisionImage fromCodestream = VisionImage.Decode(codestream, ImageLimits.Default, grey: true);
        Assert.Equal((photo.Width, photo.Height), (fromContainer.Width, fromContainer.Height));
        Assert.Equal(fromContainer.ToPixels(), fromCodestream.ToPixels());
        Assert.Equal(photo.ToPixels(), fromContainer.ToPixels()); // rate 1000 is lossless
    }

    [Theory]
    [InlineData(ImageFormat.Png)]
    [InlineData(ImageFormat.Jpeg)]
    [InlineData(ImageFormat.Jpeg2000)]
    public void Truncated_images_are_refused_with_a_decode_error(ImageFormat format)
    {
        using VisionImage photo = TestData.Load(TestData.Mfr2("AdrianDunbar", 2));
        byte[] encoded = photo.Encode(format, format == ImageFormat.Jpeg2000 ? 250 : 90);
        byte[] truncated = encoded[..(encoded.Length / 2)];
        Assert.Throws<ImageDecodeException>(() => VisionImage.Decode(truncated, ImageLimits.Default).Dispose());
    }

    [Fact]
    public void Empty_and_unknown_bytes_are_refused()
    {
        Assert.Throws<ImageDecodeException>(() => VisionImage.Decode([], ImageLimits.Default).Dispose());
        Assert.Throws<ImageDecodeException>(() => VisionImage.Decode("RIFF....WEBPVP8 "u8, ImageLimits.Default).Dispose());
    }

    [Fact]
    public void A_header_declaring_gigantic_dimensions_is_refused_before_decoding()
    {
        using VisionImage small = VisionImage.FromPixels(new byte[16 * 16], 16, 16, 1);
        byte[] png = small.Encode(ImageFormat.Png);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000); // IHDR width
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000); // IHDR height
        ImageLimitException e = Assert.Throws<ImageLimitException>(() => VisionImage.Decode(png, ImageLimits.Default).Dispose());
        Assert.Contains("pixel limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_over_the_byte_limit_are_refused()
    {
        byte[] jpeg = File.ReadAllBytes(TestData.Deepface("img1.jpg"));
        Assert.Throws<ImageLimitException>(() => VisionImage.Decode(jpeg, new ImageLimits(jpeg.Length - 1, 100_000_000)).Dispose());
    }

    [Fact]
    public void Crop_outside_the_image_is_a_caller_error()
    {
        using VisionImage image = VisionImage.FromPixels(new byte[10 * 10 * 3], 10, 10, 3);
        Assert.Throws<ArgumentException>(() => image.Crop(new Rectangle(5, 5, 10, 10)).Dispose());
        using VisionImage inside = image.Crop(new Rectangle(2, 3, 4, 5));
        Assert.Equal((4, 5, 3), (inside.Width, inside.Height, inside.Channels));
    }

    [Fact]
    public void Perspective_warp_maps_the_four_points_onto_the_output_corners()
    {
        byte[] pixels = new byte[100 * 100];
        for (int y = 20; y < 40; y++)
        {
            for (int x = 60; x < 80; x++)
            {
                pixels[(y * 100) + x] = 255; // a white square at (60..80, 20..40)
            }
        }

        using VisionImage image = VisionImage.FromPixels(pixels, 100, 100, 1);
        double[] h = VisionImage.PerspectiveTransform([new(60, 20), new(80, 20), new(80, 40), new(60, 40)], [new(0, 0), new(10, 0), new(10, 10), new(0, 10)]);
        using VisionImage warped = image.WarpPerspective(h, 10, 10);
        Assert.True(warped.Stats(new Rectangle(1, 1, 8, 8)).Mean > 250);
        using VisionImage grey = image.Resize(50, 50);
        Assert.Equal((50, 50), (grey.Width, grey.Height));
    }

    [Fact]
    public void Too_small_pixel_buffers_are_refused()
    {
        Assert.Throws<ArgumentException>(() => VisionImage.FromPixels(new byte[10], 4, 4, 1));
    }

    private static byte[] ExtractCodestream(byte[] jp2)
    {
        int i = 0;
        while (i + 8 <= jp2.Length)
        {
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(jp2.AsSpan(i));
            if (jp2.AsSpan(i + 4, 4).SequenceEqual("jp2c"u8))
            {
                return jp2[(i + 8)..(length == 0 ? jp2.Length : i + length)];
            }

            i += length;
        }

        throw new InvalidDataException("no jp2c box");
    }
}
