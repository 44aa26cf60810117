using System.Drawing;

namespace MynaGate.Vision.Faces;

/// <summary>
/// A face found by YuNet: its box, five landmarks in YuNet's order (subject's right eye, left eye, nose tip, right
/// and left mouth corner; the subject's right is on the image's left) and the detector's score.
/// </summary>
public sealed record DetectedFace(RectangleF Box, IReadOnlyList<PointF> Landmarks, float Score)
{
    public PointF RightEye => Landmarks[0];

    public PointF LeftEye => Landmarks[1];

    public PointF Nose => Landmarks[2];

    public PointF RightMouth => Landmarks[3];

    public PointF LeftMouth => Landmarks[4];

    /// <summary>Distance between the eyes in pixels: the scale the quality checks work in.</summary>
    public float EyeDistance => MathF.Sqrt(Square(LeftEye.X - RightEye.X) + Square(LeftEye.Y - RightEye.Y));

    private static float Square(float v) => v * v;
}
