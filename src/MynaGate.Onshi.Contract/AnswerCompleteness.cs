namespace MynaGate.Onshi.Contract;

/// <summary>
/// The checks JSON cannot make for the national service's answers: no null inside a list (nullability of list elements
/// is not visible to the deserializer). An incomplete answer is refused, never written into a result XML.
/// </summary>
public static class AnswerCompleteness
{
    public static bool IsComplete(this QualificationResponse answer) =>
        answer is not null && answer.Qualifications.All(q => q is not null);

    public static bool IsComplete(this ConsentResponse answer) =>
        answer is not null && answer.Consents.All(c => c is not null);
}
