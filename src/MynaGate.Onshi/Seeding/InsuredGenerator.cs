using System.Globalization;
using System.Text;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Certificates.CheckDigits;
using MynaGate.Onshi.Contract;

namespace MynaGate.Onshi.Seeding;

/// <summary>
/// The insurance record of a virtual card's persona: same name, birth date, sex and address as the card; insurer,
/// numbers and burden ratio chosen from the seed and the holder's age as the 健康保険法 sets them (3割; 2割 under
/// school age and at 70–74 with a 高齢受給者証; 1割 in 後期高齢者医療 from 75).
/// </summary>
public static class InsuredGenerator
{
    // 法別番号 and names: 01 協会けんぽ, 06 健保組合, 31 共済組合; null for 国民健康保険 (6 digits, the municipality)
    private static readonly (string? Law, string Name)[] Insurers =
    [
        ("01", "全国健康保険協会"), ("06", "健康保険組合"), ("31", "共済組合"), (null, "国民健康保険"),
    ];

    private static readonly string[] LimitClassifications = ["A01", "A02", "A03", "B01", "B02", "B03"];

    public static InsuredQualification Generate(int seed, Persona persona, DateOnly today)
    {
        // a stream of its own, so the card persona's sequence is untouched
        var random = new Random(unchecked(seed * 7919 + 17));
        int age = AgeOn(persona.BirthDate, today);
        string prefecture = persona.MunicipalityCode[..2];

        string insurerNumber;
        string insurerName;
        if (age >= 75)
        {
            insurerNumber = WithCheckDigit("39" + prefecture + Digits(random, 3));
            insurerName = "後期高齢者医療広域連合";
        }
        else
        {
            var (law, name) = Insurers[random.Next(Insurers.Length)];
            insurerNumber = WithCheckDigit((law ?? "") + prefecture + Digits(random, 3));
            insurerName = name;
        }

        bool preschool = age < 6;
        string ratio = age >= 75 ? "010" : preschool || age >= 70 ? "020" : "030";
        return WithCertificateDetails(new InsuredQualification
        {
            CardClassification = "01",
            InsurerNumber = insurerNumber,
            InsurerName = insurerName,
            Symbol = age >= 75 ? null : random.Next(3) == 0 ? $"{Digits(random, 2)}-{Digits(random, 2)}" : Digits(random, random.Next(1, 9)),
            Number = Digits(random, random.Next(1, 9)).TrimStart('0') is { Length: > 0 } n ? n : "1",
            Branch = $"0{random.Next(0, 4)}",
            PersonalFamily = age < 18 || random.Next(3) == 0 ? 2 : 1,
            Name = persona.Name,
            NameKana = persona.NameKana,
            Sex = persona.Sex == Sex.Male ? 1 : 2,
            BirthDate = persona.BirthDate,
            Address = persona.Address,
            PostNumber = $"{Digits(random, 3)}-{Digits(random, 4)}",
            QualificationDate = today.AddDays(-random.Next(30, 3000)),
            CardValidFrom = today.AddDays(-random.Next(1, 700)),
            CardValidUntil = random.Next(2) == 0 ? null : today.AddDays(random.Next(60, 900)),
            ContributionRatio = ratio,
            ElderlyContributionRatio = age is >= 70 and < 75 ? "020" : null,
            LimitClassification = random.Next(4) == 0 ? LimitClassifications[random.Next(LimitClassifications.Length)] : null,
            SpecificDisease = random.Next(20) == 0 ? 1 : null,
            Preschool = preschool,
        }, seed, persona, today);
    }

    private static readonly string[] HouseholdHeads = ["一郎", "健一", "和子", "誠"];

    // the dates and names the national answer carries beside the basic record, from a stream of their own so the
    // record's other values stay what they were
    private static InsuredQualification WithCertificateDetails(InsuredQualification insured, int seed, Persona persona, DateOnly today)
    {
        var random = new Random(unchecked(seed * 6007 + 11));
        var julyEnd = new DateOnly(today.Month > 7 ? today.Year + 1 : today.Year, 7, 31);
        var seventy = persona.BirthDate.AddYears(70);
        var elderlyFrom = new DateOnly(seventy.Year, seventy.Month, 1).AddMonths(seventy.Day == 1 ? 0 : 1);
        var limitFrom = today.AddDays(-random.Next(30, 300));
        var diseaseFrom = today.AddDays(-random.Next(30, 900));
        string family = persona.Name.Split('　', ' ')[0];
        return insured with
        {
            CertificateIssuedOn = insured.CardValidFrom.AddDays(-random.Next(1, 15)),
            InsuredName = insured.PersonalFamily == 2 ? $"{family}　{HouseholdHeads[random.Next(HouseholdHeads.Length)]}" : null,
            ElderlyCertificateDate = insured.ElderlyContributionRatio is null ? null : elderlyFrom.AddDays(-10),
            ElderlyValidFrom = insured.ElderlyContributionRatio is null ? null : elderlyFrom,
            ElderlyValidUntil = insured.ElderlyContributionRatio is null ? null : julyEnd,
            LimitCertificateDate = insured.LimitClassification is null ? null : limitFrom,
            LimitValidFrom = insured.LimitClassification is null ? null : limitFrom,
            LimitValidUntil = insured.LimitClassification is null ? null : julyEnd,
            SpecificDiseaseCertificateDate = insured.SpecificDisease is null ? null : diseaseFrom,
            SpecificDiseaseValidFrom = insured.SpecificDisease is null ? null : diseaseFrom,
            SpecificDiseaseSelfPay = insured.SpecificDisease is null ? null : "10000",
        };
    }

    /// <summary>A 医療扶助 (card type A1) record: 法別番号 12, the person's 受給者番号 as the number.</summary>
    public static InsuredQualification PublicAssistance(InsuredQualification insured, int seed)
    {
        var random = new Random(unchecked(seed * 104729 + 3));
        return insured with
        {
            CardClassification = "A1",
            InsurerNumber = WithCheckDigit("12" + insured.InsurerNumber[^6..^4] + Digits(random, 3)),
            InsurerName = "福祉事務所",
            Symbol = null,
            Number = WithCheckDigit(Digits(random, 6)),
            Branch = "00",
            PersonalFamily = 1,
            ContributionRatio = "000",
            LimitClassification = null,
            LimitCertificateDate = null,
            LimitValidFrom = null,
            LimitValidUntil = null,
            // this month's 医療券, issued by the welfare office for the clinic it names
            MedicalTicket = new MedicalTicket
            {
                TicketType = "1",
                ValidFrom = new DateOnly(insured.CardValidFrom.Year, insured.CardValidFrom.Month, 1),
                ValidUntil = new DateOnly(insured.CardValidFrom.Year, insured.CardValidFrom.Month, 1).AddMonths(1).AddDays(-1),
                MedicalTreatmentMonth = insured.CardValidFrom.ToString("yyyyMM", CultureInfo.InvariantCulture),
                IssueNumber = Digits(random, 8),
                SelfPayAmount = "0",
                SingleOrCombinedUse = "1",
                InjuryNames = ["見本病名"],
                DesignatedMedicalInstitutionName = "見本クリニック",
            },
        };
    }

    // 法別番号 of municipal programmes differ by prefecture; these are Tokyo's (マル子 88, マル親 81, マル障 80), and 54 指定難病
    private static readonly (string Law, string Name, string? SelfPayLimit)[] AdultSubsidies =
    [
        ("81", "ひとり親家庭等医療費助成", null), ("80", "心身障害者医療費助成", null), ("54", "指定難病医療費助成", "10000"),
    ];

    /// <summary>
    /// The municipal 受給者証 PMH would hold for the persona: 子ども医療費助成 under 18, otherwise one adult programme, each
    /// from the persona's municipality, valid from a date in the past year to the next 31 March (the fiscal year's end).
    /// </summary>
    public static IReadOnlyList<MedicalSubsidy> MedicalSubsidies(int seed, Persona persona, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var random = new Random(unchecked(seed * 3571 + 29));
        string prefecture = persona.MunicipalityCode[..2];
        var (law, name, limit) = AgeOn(persona.BirthDate, today) < 18 ? ("88", "子ども医療費助成", (string?)null) : AdultSubsidies[random.Next(AdultSubsidies.Length)];
        return
        [
            new MedicalSubsidy
            {
                InsurerNumber = WithCheckDigit(law + prefecture + persona.MunicipalityCode[2..]),
                RecipientNumber = WithCheckDigit(Digits(random, 6)),
                ProgramName = name,
                Municipality = persona.MunicipalityCode,
                ValidFrom = today.AddDays(-random.Next(1, 365)),
                ValidUntil = new DateOnly(today.Month > 3 ? today.Year + 1 : today.Year, 3, 31),
                SelfPayLimit = limit,
            },
        ];
    }

    private static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day < new DateOnly(day.Year, birth.Month, Math.Min(birth.Day, DateTime.DaysInMonth(day.Year, birth.Month))) ? 1 : 0);

    private static string WithCheckDigit(string body) => body + Modulus10W21.Compute(body).ToString(CultureInfo.InvariantCulture);

    private static string Digits(Random random, int count)
    {
        var builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) builder.Append((char)('0' + random.Next(10)));
        return builder.ToString();
    }
}
