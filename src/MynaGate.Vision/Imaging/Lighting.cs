namespace MynaGate.Vision.Imaging;

/// <summary>
/// Uneven light over an image: a brightness gain at the centre, linear gradients across it, and one specular glare.
/// </summary>
/// <param name="Gain">Brightness factor at the image centre (1 = unchanged).</param>
/// <param name="GradientX">Factor difference from the left edge to the right edge.</param>
/// <param name="GradientY">Factor difference from the top edge to the bottom edge.</param>
/// <param name="GlareX">Glare centre as a fraction of the width.</param>
/// <param name="GlareY">Glare centre as a fraction of the height.</param>
/// <param name="GlareRadius">Glare radius as a fraction of the image diagonal; 0 for none.</param>
/// <param name="GlareStrength">Grey levels added at the glare centre.</param>
public readonly record struct Lighting(
    double Gain, double GradientX, double GradientY, double GlareX, double GlareY, double GlareRadius, double GlareStrength);
