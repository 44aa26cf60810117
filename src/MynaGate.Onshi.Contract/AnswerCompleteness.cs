using System.Text.Json;
using System.Xml;

namespace MynaGate.Onshi.Contract;

/// <summary>
/// The checks JSON cannot make for the national service's answers: no null inside a list (nullability of list elements
/// is not visible to the deserializer), and no text a result XML cannot carry (XML 1.0 has no form feed or NUL, nor a
/// lone surrogate). An incomplete answer is refused, never written into a result XML, and never altered to fit one.
/// </summary>
public static class AnswerCompleteness
{
    public static bool IsComplete(this QualificationResponse answer) =>
        answer is not null && answer.Qualifications.All(q => q is not null) && HoldsOnlyXmlText(answer);

    public static bool IsComplete(this ConsentResponse answer) =>
        answer is not null && answer.Consents.All(c => c is not null) && HoldsOnlyXmlText(answer);

    // every string the answer holds, whatever field it is in: a field added to the contract is checked without a change here
    private static bool HoldsOnlyXmlText<T>(T answer) => HoldsOnlyXmlText(JsonSerializer.SerializeToElement(answer));

    private static bool HoldsOnlyXmlText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => IsXmlText(element.GetString()!),
        JsonValueKind.Object => element.EnumerateObject().All(p => IsXmlText(p.Name) && HoldsOnlyXmlText(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().All(HoldsOnlyXmlText),
        _ => true,
    };

    private static bool IsXmlText(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}
