using System.Drawing;
using MynaGate.Ocr.Paddle;
using MynaGate.Ocr.Tesseract;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.CardFace;

/// <summary>
/// PP-OCR's reading of each text line of one rectified card, made once however many fields look at the line: the birth
/// date's search and the expiry's pass over some of the same lines. Holds card text: it lives for one frame.
/// </summary>
internal sealed class LineReadings(VisionImage card, PaddleTextRecognizer paddle)
{
    private readonly Dictionary<Rectangle, PaddleLine> _read = [];

    public VisionImage Card { get; } = card;

    /// <summary>Takes <paramref name="read"/> as PP-OCR's reading of the line: a misreading a test sets.</summary>
    public void Remember(Rectangle line, PaddleLine read) => _read[line] = read;

    public PaddleLine Read(Rectangle line)
    {
        if (_read.TryGetValue(line, out var known)) return known;
        using var crop = DocumentImage.LineCrop(Card, line);
        var read = paddle.Read(crop);
        _read[line] = read;
        return read;
    }
}
