using System.Text;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Certificates;
using MynaGate.Certificates.CheckDigits;

namespace MynaGate.Ocr.Synthetic;

/// <summary>
/// Seeded content for a certificate: the holder comes from <see cref="PersonaGenerator"/> (so a persona's card and
/// certificates name the same person), the numbers are shaped as MHLW's 設定要領 describes (spec §3.6, §4.1) and
/// carry a valid check digit except in about one case in twenty, as some numbers in use do.
/// </summary>
public static class CertificateGenerator
{
    /// <summary>Share of numbers generated with a wrong check digit.</summary>
    public const double BadCheckDigitRate = 0.05;

    // municipal subsidies use locally assigned 法別番号 in the 80s (no national list in the spec; these are typical)
    private static readonly Dictionary<CertificateForm, string> SubsidyLawNumbers = new()
    {
        [CertificateForm.ChildMedical] = "88",
        [CertificateForm.SingleParentMedical] = "87",
        [CertificateForm.DisabilityMedical] = "86",
    };

    // 法別番号 of employee insurers: 01 協会けんぽ, 06 健保組合, 31 共済; null for 国民健康保険, whose 6-digit number
    // has no 法別番号 and whose insurer is the municipality
    private static readonly (string? Law, string Name)[] Insurers =
    [
        ("01", "全国健康保険協会"), ("06", "健康保険組合"), ("31", "共済組合"), (null, ""),
    ];

    public static CertificateTruth Generate(CertificateForm form, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var persona = PersonaGenerator.Generate(seed, today);
        string prefecture = persona.MunicipalityCode[..2];
        var values = new Dictionary<CertificateFieldKind, string>
        {
            [CertificateFieldKind.Name] = persona.Name.Replace("\u3000", "", StringComparison.Ordinal),
            [CertificateFieldKind.BirthDate] = CertificateText.Canonical(BirthDate(form, persona.BirthDate, today, random)),
        };

        string insurerName;
        if (CertificateForms.IsInsuranceCard(form))
        {
            var (law, name) = Insurers[random.Next(Insurers.Length)];
            insurerName = law is null ? Municipality(persona.Address) : name;
            values[CertificateFieldKind.InsurerNumber] = WithCheckDigit(law + prefecture + Digits(random, 3), random);
            values[CertificateFieldKind.CardSymbol] = random.Next(3) == 0 ? $"{Digits(random, 2)}-{Digits(random, 2)}" : Digits(random, random.Next(1, 9));
            values[CertificateFieldKind.CardNumber] = Digits(random, random.Next(1, 8));
            values[CertificateFieldKind.BranchNumber] = $"0{random.Next(0, 4)}";
            values[CertificateFieldKind.ValidUntil] = CertificateText.Canonical(today.AddDays(random.Next(30, 700)));
        }
        else
        {
            insurerName = "";
            values[CertificateFieldKind.PublicExpenseNumber] = WithCheckDigit(SubsidyLawNumbers[form] + prefecture + Digits(random, 3), random);
            values[CertificateFieldKind.RecipientNumber] = WithCheckDigit(Digits(random, 6), random);
            // subsidies run by fiscal year: 1 April to 31 March (some to a birthday; the range is what matters here)
            int fiscalYear = today.Month >= 4 ? today.Year : today.Year - 1;
            values[CertificateFieldKind.ValidFrom] = CertificateText.Canonical(new DateOnly(fiscalYear - random.Next(0, 2), 4, 1));
            values[CertificateFieldKind.ValidUntil] = CertificateText.Canonical(new DateOnly(fiscalYear + 1 + random.Next(0, 2), 3, 31));
            values[CertificateFieldKind.Municipality] = Municipality(persona.Address);
        }

        var otherDate = today.AddDays(-random.Next(10, 2000));
        return new CertificateTruth(form, values, persona.Name, otherDate, insurerName);
    }

    // the holder of a child subsidy is a child; of a single-parent one, the parent or a child
    private static DateOnly BirthDate(CertificateForm form, DateOnly personaBirth, DateOnly today, Random random) => form switch
    {
        CertificateForm.ChildMedical => today.AddDays(-random.Next(30, 15 * 365)),
        CertificateForm.SingleParentMedical => today.AddDays(-random.Next(1 * 365, 60 * 365)),
        _ => personaBirth,
    };

    // the persona's address starts "東京都世田谷区…" or "大阪府大阪市北区…": the municipality runs to the first 市, else 区, 町 or 村.
    // Prefecture names have at least three characters (the 都 of 京都府 is not its end).
    private static string Municipality(string address)
    {
        int start = address.IndexOfAny(['都', '道', '府', '県'], 2) + 1;
        int end = address.IndexOf('市', start);
        if (end < 0)
        {
            end = address.IndexOfAny(['区', '町', '村'], start);
        }

        return address[start..(end + 1)];
    }

    private static string WithCheckDigit(string body, Random random)
    {
        int check = Modulus10W21.Compute(body);
        if (random.NextDouble() < BadCheckDigitRate)
        {
            check = (check + random.Next(1, 10)) % 10;
        }

        return body + (char)('0' + check);
    }

    private static string Digits(Random random, int count)
    {
        var builder = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        return builder.ToString();
    }
}
