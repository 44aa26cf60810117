using System.Drawing;

namespace MynaGate.Ocr.Paddle;

/// <summary>
/// The connected regions of a probability map above a threshold (8-connected, found by a flood fill over the map), as
/// bounding boxes in map pixels, each kept only when its mean probability reaches the box threshold.
/// </summary>
internal static class TextRegions
{
    public static List<Rectangle> Boxes(ReadOnlySpan<float> map, int width, int height, float pixelThreshold, float boxThreshold, int minSide)
    {
        var boxes = new List<Rectangle>();
        var seen = new bool[width * height];
        var stack = new Stack<int>();
        for (int start = 0; start < map.Length; start++)
        {
            if (seen[start] || map[start] <= pixelThreshold) continue;
            int left = width, top = height, right = -1, bottom = -1, count = 0;
            double sum = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int at = stack.Pop();
                int x = at % width, y = at / width;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                sum += map[at];
                count++;
                for (int dy = -1; dy <= 1; dy++)
                {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) continue;
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) continue;
                        int next = (ny * width) + nx;
                        if (seen[next] || map[next] <= pixelThreshold) continue;
                        seen[next] = true;
                        stack.Push(next);
                    }
                }
            }

            int boxWidth = right - left + 1, boxHeight = bottom - top + 1;
            if (Math.Min(boxWidth, boxHeight) >= minSide && sum / count >= boxThreshold)
                boxes.Add(new Rectangle(left, top, boxWidth, boxHeight));
        }

        return boxes;
    }
}
