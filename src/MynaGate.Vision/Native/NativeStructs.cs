using System.Runtime.InteropServices;

namespace MynaGate.Vision.Native;

// Blittable mirrors of the structs in native/vision/include; field order and types must match the headers.

[StructLayout(LayoutKind.Sequential)]
internal struct MgvDecodeLimits
{
    public long MaxBytes;
    public long MaxPixels;
}

[StructLayout(LayoutKind.Sequential)]
internal struct MgvRegionStats
{
    public double Mean;
    public double StdDev;
    public double LaplacianVariance;
}

[StructLayout(LayoutKind.Sequential)]
internal struct MgvDetectorOptions
{
    public float ScoreThreshold;
    public float NmsThreshold;
    public int TopK;
    public int MaxSide;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MgvFace
{
    public float X, Y, Width, Height;
    public fixed float Landmarks[10];
    public float Score;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MgvRecognizerDescriptor
{
    public int InputWidth;
    public int InputHeight;
    public int SwapRb;
    public fixed float Mean[3];
    public float Scale;
    public int EmbeddingSize;
}

[StructLayout(LayoutKind.Sequential)]
internal struct MgvLivenessScore
{
    public float RealV2;
    public float RealV1Se;
    public float Real;
}

[StructLayout(LayoutKind.Sequential)]
internal struct MgvLighting
{
    public double Gain;
    public double GradientX;
    public double GradientY;
    public double GlareX;
    public double GlareY;
    public double GlareRadius;
    public double GlareStrength;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MgvQuad
{
    public fixed float Corners[8];
    public float AreaFraction;
    public int TouchesEdge;
}

[StructLayout(LayoutKind.Sequential)]
internal struct MgvTextBox
{
    public int X, Y, Width, Height;
}
