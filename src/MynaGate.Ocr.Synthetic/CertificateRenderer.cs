using System.Drawing;
using MynaGate.Certificates;
using MynaGate.Vision.Imaging;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Draws a certificate's content (<see cref="CertificateTruth"/>) as the printed form: title, a column of labels with
/// their values to the right (記号・番号・枝番 share one row on a 保険証), a distracting second date, a notice line and
/// the issuer. Paper colour, font, type size, row pitch and offsets vary with the seed; dates are in 和暦 with months
/// and days sometimes space-padded, numbers sometimes printed with spaced digits.
/// </summary>
public sealed class CertificateRenderer
{
    private static readonly Color Ink = Color.FromArgb(25, 25, 30);
    private static readonly Color LabelInk = Color.FromArgb(60, 60, 70);
    private static readonly Color StampInk = Color.FromArgb(200, 40, 40);

    private static readonly Dictionary<CertificateForm, string> Titles = new()
    {
        [CertificateForm.ChildMedical] = "子ども医療費受給者証",
        [CertificateForm.SingleParentMedical] = "ひとり親家庭等医療費受給者証",
        [CertificateForm.DisabilityMedical] = "心身障害者医療費受給資格証",
        [CertificateForm.HealthInsuranceCard] = "健康保険被保険者証",
        [CertificateForm.QualificationCertificate] = "健康保険資格確認書",
    };

    /// <summary>The printed sheet in pixels: about 10 px per mm of a card-sized certificate.</summary>
    public const int PageWidth = 1200;
    public const int PageHeight = 760;
    public const int BodyTextHeight = 28;

    private readonly SyntheticFonts _fonts;

    public CertificateRenderer(SyntheticFonts fonts) => _fonts = fonts;

    /// <summary>The certificate, <see cref="PageWidth"/> × <see cref="PageHeight"/>.</summary>
    public VisionImage Render(CertificateTruth truth, int seed)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var random = new Random(seed);
        var font = _fonts[random.Next(_fonts.Count)];
        var page = Paper(random);
        try
        {
            var print = new Printer(page, font, random);
            // a 国保 (6-digit insurer number) prints 国民健康保険 in its title
            string title = CertificateForms.IsInsuranceCard(truth.Form) && truth.Values[CertificateFieldKind.InsurerNumber].Length == 6
                ? Titles[truth.Form].Replace("健康保険", "国民健康保険", StringComparison.Ordinal)
                : Titles[truth.Form];
            int titleSize = 40 + random.Next(0, 7);
            print.Text(title, (PageWidth - font.Measure(title, titleSize).Width) / 2, 80 + print.Dy, titleSize, Ink);
            page.FillPolygon(Shapes.Ellipse(1110 + print.Dx, 70 + print.Dy, 34, 34), StampInk);

            if (CertificateForms.IsInsuranceCard(truth.Form))
            {
                InsuranceCardRows(print, truth);
            }
            else
            {
                SubsidyRows(print, truth);
            }

            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    private static void SubsidyRows(Printer print, CertificateTruth truth)
    {
        var v = truth.Values;
        print.Row(0, "公費負担者番号", print.Number(v[CertificateFieldKind.PublicExpenseNumber]));
        print.Row(1, "受給者番号", print.Number(v[CertificateFieldKind.RecipientNumber]));
        print.Row(2, print.Random.Next(2) == 0 ? "氏名" : "受給者氏名", truth.PrintedName);
        print.Row(3, "生年月日", print.EraDate(v[CertificateFieldKind.BirthDate]));
        print.Row(4, "有効期間", $"{print.EraDate(v[CertificateFieldKind.ValidFrom])}から{print.EraDate(v[CertificateFieldKind.ValidUntil])}まで");
        print.Row(5, "交付年月日", print.EraDate(CertificateText.Canonical(truth.OtherDate)));
        print.Text("上記のとおり医療費の助成を受ける資格があることを証明します。", print.LabelX, print.Baseline(6), 22, LabelInk);
        print.Row(7, "交付者", $"{v[CertificateFieldKind.Municipality]}長");
    }

    private static void InsuranceCardRows(Printer print, CertificateTruth truth)
    {
        var v = truth.Values;
        int y = print.Baseline(0);
        print.Text("記号", print.LabelX, y, print.LabelSize, LabelInk);
        print.Text(v[CertificateFieldKind.CardSymbol], print.LabelX + 100, y, print.ValueSize, Ink);
        print.Text("番号", print.LabelX + 410, y, print.LabelSize, LabelInk);
        print.Text(v[CertificateFieldKind.CardNumber], print.LabelX + 510, y, print.ValueSize, Ink);
        print.Text("(枝番)", print.LabelX + 830, y, print.LabelSize, LabelInk);
        print.Text(v[CertificateFieldKind.BranchNumber], print.LabelX + 960, y, print.ValueSize, Ink);
        print.Row(1, "氏名", truth.PrintedName);
        print.Row(2, "生年月日", print.EraDate(v[CertificateFieldKind.BirthDate]));
        print.Row(3, "資格取得年月日", print.EraDate(CertificateText.Canonical(truth.OtherDate)));
        print.Row(4, "有効期限", print.EraDate(v[CertificateFieldKind.ValidUntil]));
        print.Row(5, "保険者番号", print.Number(v[CertificateFieldKind.InsurerNumber]));
        print.Row(6, "保険者名称", truth.InsurerName);
    }

    // pale paper, as municipalities print certificates on tinted stock
    private static VisionImage Paper(Random random)
    {
        int r = 235 + random.Next(21), g = 232 + random.Next(24), b = 225 + random.Next(31);
        return Shapes.Solid(PageWidth, PageHeight, Color.FromArgb(r, g, b));
    }

    /// <summary>One sheet's seeded typesetting: offsets, sizes and pitch chosen once, then used for every row.</summary>
    private sealed class Printer(VisionImage page, TextFont font, Random random)
    {
        public Random Random { get; } = random;
        public int Dx { get; } = random.Next(-15, 16);
        public int Dy { get; } = random.Next(-10, 11);
        public int LabelSize { get; } = 24 + random.Next(0, 4);
        public int ValueSize { get; } = BodyTextHeight + random.Next(-2, 3);
        public int LabelX => 60 + Dx;

        private readonly int _pitch = 68 + random.Next(-3, 4);
        private readonly int _valueX = 340 + random.Next(0, 40);

        public int Baseline(int row) => 175 + Dy + (row * _pitch);

        public void Row(int row, string label, string value)
        {
            Text(label, LabelX, Baseline(row), LabelSize, LabelInk);
            Text(value, _valueX + Dx, Baseline(row), ValueSize, Ink);
        }

        public void Text(string text, int x, int baseline, int size, Color colour) =>
            page.DrawText(font, text, new Point(x, baseline), size, colour);

        // some printers space the digits of a number out
        public string Number(string digits) => Random.Next(4) == 0 ? string.Join(' ', digits.ToCharArray()) : digits;

        public string EraDate(string canonical) =>
            PrintedText.EraDate(DateOnly.ParseExact(canonical, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), Random);
    }
}
