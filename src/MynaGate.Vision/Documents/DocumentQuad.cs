using System.Drawing;

namespace MynaGate.Vision.Documents;

/// <summary>
/// The outline of a card or paper document in a frame: corners clockwise from the top-left of the longer edge.
/// Which way up the document lies (0° or 180°) is left to the reader of its content.
/// </summary>
/// <param name="Corners">Four corners in frame pixels.</param>
/// <param name="AreaFraction">Quad area over frame area.</param>
/// <param name="TouchesEdge">A corner lies on the frame border: part of the document may be out of view.</param>
public sealed record DocumentQuad(PointF[] Corners, float AreaFraction, bool TouchesEdge)
{
    /// <summary>Aspect ratio of the outline: mean long edge over mean short edge.</summary>
    public double AspectRatio
    {
        get
        {
            double longEdge = (Distance(Corners[0], Corners[1]) + Distance(Corners[2], Corners[3])) / 2;
            double shortEdge = (Distance(Corners[1], Corners[2]) + Distance(Corners[3], Corners[0])) / 2;
            return shortEdge > 0 ? longEdge / shortEdge : 0;
        }
    }

    private static double Distance(PointF a, PointF b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
