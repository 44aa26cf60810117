using System.Text;
using MynaGate.Card.MyNumber;

namespace MynaGate.Card.Virtual.Personas;

/// <summary>
/// Fictitious card holders from a seed: the same seed and reference date always give the same person. Names and
/// places are common ones combined at random; none describes a real person.
/// </summary>
public static class PersonaGenerator
{
    /// <summary>The date against which ages and card validity are chosen when none is given.</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2026, 11, 1);

    private static readonly (string Kanji, string Kana)[] Surnames =
    [
        ("佐藤", "ｻﾄｳ"), ("鈴木", "ｽｽﾞｷ"), ("高橋", "ﾀｶﾊｼ"), ("田中", "ﾀﾅｶ"), ("伊藤", "ｲﾄｳ"), ("渡辺", "ﾜﾀﾅﾍﾞ"), ("山本", "ﾔﾏﾓﾄ"),
        ("中村", "ﾅｶﾑﾗ"), ("小林", "ｺﾊﾞﾔｼ"), ("加藤", "ｶﾄｳ"), ("吉田", "ﾖｼﾀﾞ"), ("山田", "ﾔﾏﾀﾞ"), ("佐々木", "ｻｻｷ"),
        ("山口", "ﾔﾏｸﾞﾁ"), ("松本", "ﾏﾂﾓﾄ"), ("井上", "ｲﾉｳｴ"), ("木村", "ｷﾑﾗ"), ("林", "ﾊﾔｼ"), ("斎藤", "ｻｲﾄｳ"), ("清水", "ｼﾐｽﾞ"),
        ("山崎", "ﾔﾏｻﾞｷ"), ("森", "ﾓﾘ"), ("池田", "ｲｹﾀﾞ"), ("橋本", "ﾊｼﾓﾄ"), ("阿部", "ｱﾍﾞ"), ("石川", "ｲｼｶﾜ"), ("山下", "ﾔﾏｼﾀ"),
        ("中島", "ﾅｶｼﾞﾏ"),
    ];

    private static readonly (string Kanji, string Kana)[] MaleGivenNames =
    [
        ("太郎", "ﾀﾛｳ"), ("健一", "ｹﾝｲﾁ"), ("大輔", "ﾀﾞｲｽｹ"), ("翔太", "ｼｮｳﾀ"), ("蓮", "ﾚﾝ"), ("湊", "ﾐﾅﾄ"), ("大和", "ﾔﾏﾄ"),
        ("拓也", "ﾀｸﾔ"), ("誠", "ﾏｺﾄ"), ("浩二", "ｺｳｼﾞ"), ("陽翔", "ﾊﾙﾄ"), ("悠真", "ﾕｳﾏ"), ("和夫", "ｶｽﾞｵ"), ("修", "ｵｻﾑ"),
    ];

    private static readonly (string Kanji, string Kana)[] FemaleGivenNames =
    [
        ("花子", "ﾊﾅｺ"), ("陽菜", "ﾋﾅ"), ("結衣", "ﾕｲ"), ("美咲", "ﾐｻｷ"), ("さくら", "ｻｸﾗ"), ("葵", "ｱｵｲ"), ("凛", "ﾘﾝ"),
        ("恵子", "ｹｲｺ"), ("由美", "ﾕﾐ"), ("真由美", "ﾏﾕﾐ"), ("芽依", "ﾒｲ"), ("結菜", "ﾕｲﾅ"), ("幸子", "ｻﾁｺ"), ("明美", "ｱｹﾐ"),
    ];

    private static readonly (string Prefecture, string City, string Code)[] Places =
    [
        ("東京都", "千代田区霞が関", "13101"), ("東京都", "世田谷区太子堂", "13112"), ("大阪府", "大阪市北区梅田", "27127"),
        ("北海道", "札幌市中央区大通西", "01101"), ("愛知県", "名古屋市中区栄", "23106"), ("福岡県", "福岡市博多区博多駅前", "40132"),
        ("宮城県", "仙台市青葉区一番町", "04101"), ("広島県", "広島市中区紙屋町", "34101"), ("沖縄県", "那覇市久茂地", "47201"),
        ("京都府", "京都市中京区河原町", "26104"),
    ];

    public static Persona Generate(int seed) => Generate(seed, DefaultReferenceDate);

    public static Persona Generate(int seed, DateOnly referenceDate)
    {
        var random = new Random(seed);
        var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var given = sex == Sex.Male ? Pick(random, MaleGivenNames) : Pick(random, FemaleGivenNames);
        var (prefecture, city, code) = Pick(random, Places);

        var birth = referenceDate.AddDays(-random.Next(3 * 365, 95 * 365));
        // cards are issued up to ~9 years back; valid until the holder's 10th birthday after issue (5th under 18)
        var issued = referenceDate.AddDays(-random.Next(30, 9 * 365));
        int ageAtIssue = issued.Year - birth.Year - (issued.DayOfYear < birth.DayOfYear ? 1 : 0);
        int validYears = ageAtIssue < 18 ? 5 : 10;
        var expiry = NextBirthday(birth, issued).AddYears(validYears - 1);
        if (expiry <= referenceDate) expiry = NextBirthday(birth, referenceDate).AddYears(validYears - 1);

        string body = Digits(random, 11);
        var surname = Pick(random, Surnames);
        int ageNow = referenceDate.Year - birth.Year - (referenceDate.DayOfYear < birth.DayOfYear ? 1 : 0);
        return new Persona
        {
            Name = $"{surname.Kanji}\u3000{given.Kanji}",
            NameKana = $"{surname.Kana} {given.Kana}",
            Address = $"{prefecture}{city}{ToFullWidth($"{random.Next(1, 9)}丁目{random.Next(1, 30)}番{random.Next(1, 20)}号")}",
            BirthDate = birth,
            Sex = sex,
            CardExpiry = expiry,
            SecurityCode = Digits(random, 4),
            Pin = Digits(random, 4),
            // a generator of its own, so the values drawn before it was added stay what they were for every seed
            PhonePin = Digits(new Random(~seed), 4),
            SignaturePassword = SignaturePassword(random),
            MyNumber = body + MyNumberCheckDigit.Compute(body),
            CardSerial = Digits(random, 15),
            MunicipalityCode = code,
            HasSignatureCertificate = ageNow >= 15,
        };
    }

    private static DateOnly NextBirthday(DateOnly birth, DateOnly after)
    {
        int year = after.Year;
        while (true)
        {
            var candidate = new DateOnly(year, birth.Month, Math.Min(birth.Day, DateTime.DaysInMonth(year, birth.Month)));
            if (candidate > after) return candidate;
            year++;
        }
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Digits(Random random, int count)
    {
        var builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) builder.Append((char)('0' + random.Next(10)));
        return builder.ToString();
    }

    private static string SignaturePassword(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var builder = new StringBuilder();
        int length = random.Next(6, 17);
        for (int i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
        return builder.ToString();
    }

    // addresses on the chip write block numbers in full-width digits (spec §1.6)
    private static string ToFullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c));
}
