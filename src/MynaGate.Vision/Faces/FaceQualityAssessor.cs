using System.Drawing;
using MynaGate.Vision.Imaging;

namespace MynaGate.Vision.Faces;

/// <summary>Measures size, position, light, sharpness, pose and eye visibility of a detected face.</summary>
public sealed class FaceQualityAssessor(QualityLimits limits)
{
    // Nose-to-eye-line distance over mouth-to-eye-line distance in a frontal face (the recognizer templates agree).
    private const float FrontalNoseRatio = 0.49f;

    // Depth of the nose tip in front of the eyes relative to the eye distance, for the yaw estimate.
    private const float NoseDepth = 0.6f;

    public FaceQuality Assess(VisionImage frame, DetectedFace face)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(face);
        var found = new List<QualityReason>();
        RectangleF box = face.Box;
        float eyeDistance = face.EyeDistance;
        float faceFraction = MathF.Max(box.Width / frame.Width, box.Height / frame.Height);
        float dx = ((box.X + (box.Width / 2)) / frame.Width) - 0.5f;
        float dy = ((box.Y + (box.Height / 2)) / frame.Height) - 0.5f;
        float centreOffset = MathF.Max(MathF.Abs(dx), MathF.Abs(dy));

        if (eyeDistance < limits.MinEyeDistance)
        {
            found.Add(QualityReason.TooFar);
        }
        else if (faceFraction > limits.MaxFaceFraction)
        {
            found.Add(QualityReason.TooClose);
        }

        if (centreOffset > limits.MaxCentreOffset)
        {
            found.Add(QualityReason.NotCentred);
        }

        Rectangle inner = Rectangle.Intersect(Rectangle.Round(box), new Rectangle(0, 0, frame.Width, frame.Height));
        RegionStats stats = inner.Width >= 3 && inner.Height >= 3 ? frame.Stats(inner) : default;
        if (stats.Mean < limits.MinBrightness)
        {
            found.Add(QualityReason.TooDark);
        }
        else if (stats.Mean > limits.MaxBrightness)
        {
            found.Add(QualityReason.TooBright);
        }
        else if (stats.StdDev < limits.MinContrast)
        {
            found.Add(QualityReason.LowContrast);
        }

        if (stats.LaplacianVariance < limits.MinSharpness)
        {
            found.Add(QualityReason.Blurred);
        }

        (float yaw, float pitch, float roll) = Pose(face);
        if (MathF.Abs(yaw) > limits.MaxYaw || MathF.Abs(pitch) > limits.MaxPitch || MathF.Abs(roll) > limits.MaxRoll)
        {
            found.Add(QualityReason.Turned);
        }

        double eyeContrast = Math.Min(EyeContrast(frame, face.RightEye, eyeDistance), EyeContrast(frame, face.LeftEye, eyeDistance));
        if (eyeContrast < limits.MinEyeContrast)
        {
            found.Add(QualityReason.EyesHidden);
        }

        // an advisory reason guides the patient while the frame is compared; the others hold it back
        return new FaceQuality(eyeDistance, faceFraction, centreOffset, stats.Mean, stats.StdDev, stats.LaplacianVariance,
            yaw, pitch, roll, eyeContrast, [.. found.Where(r => !limits.Advisory.Contains(r))]) { Advice = [.. found.Where(limits.Advisory.Contains)] };
    }

    /// <summary>Yaw, pitch and roll in degrees, from the landmarks in the eye line's own frame.</summary>
    internal static (float Yaw, float Pitch, float Roll) Pose(DetectedFace face)
    {
        PointF r = face.RightEye, l = face.LeftEye;
        float roll = MathF.Atan2(l.Y - r.Y, l.X - r.X);
        float cos = MathF.Cos(-roll), sin = MathF.Sin(-roll);
        var eyes = new PointF((r.X + l.X) / 2, (r.Y + l.Y) / 2);
        PointF Upright(PointF p) => new(((p.X - eyes.X) * cos) - ((p.Y - eyes.Y) * sin), ((p.X - eyes.X) * sin) + ((p.Y - eyes.Y) * cos));
        PointF nose = Upright(face.Nose);
        PointF mouthR = Upright(face.RightMouth), mouthL = Upright(face.LeftMouth);
        float mouthY = (mouthR.Y + mouthL.Y) / 2;
        float eyeDistance = MathF.Max(face.EyeDistance, 1f);
        float yaw = MathF.Asin(Math.Clamp(nose.X / (NoseDepth * eyeDistance), -1f, 1f));
        float pitch = mouthY > 1f ? MathF.Asin(Math.Clamp(((nose.Y / mouthY) - FrontalNoseRatio) * 2f, -1f, 1f)) : MathF.PI / 2;
        return (Degrees(yaw), Degrees(pitch), Degrees(roll));
    }

    private static double EyeContrast(VisionImage frame, PointF eye, float eyeDistance)
    {
        int half = Math.Max(2, (int)(eyeDistance * 0.18f));
        var patch = Rectangle.Intersect(
            new Rectangle((int)eye.X - half, (int)eye.Y - half, 2 * half, 2 * half), new Rectangle(0, 0, frame.Width, frame.Height));
        return patch.Width >= 3 && patch.Height >= 3 ? frame.Stats(patch).StdDev : 0;
    }

    private static float Degrees(float radians) => radians * 180f / MathF.PI;
}
