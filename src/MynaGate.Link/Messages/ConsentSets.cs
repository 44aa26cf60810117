using MynaGate.Onshi.Contract;

namespace MynaGate.Link.Messages;

/// <summary>
/// The national consent screens as they stood at each change (R12, spec §2.3), for a clinic to pick by name. A set
/// without the 限度額 screen provides that information without asking: since 2024-10-07 its provision is by law and
/// the national screens no longer ask (社会保障審議会医療保険部会, 2024-09-30), so the national service records it as given.
/// </summary>
public static class ConsentSets
{
    /// <summary>Before 2024-10-07: one screen per item, 限度額 asked last.</summary>
    public static readonly IReadOnlyList<ConsentItem> Before2024 =
        [ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation, ConsentItem.SpecificHealthCheckups, ConsentItem.LimitApplication];

    /// <summary>Since 2024-10-07 (the default): 包括同意, with 個別に選ぶ leading to the three viewing screens; no 限度額 screen.</summary>
    public static readonly IReadOnlyList<ConsentItem> National2024 =
        [ConsentItem.Comprehensive, ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation, ConsentItem.SpecificHealthCheckups];

    /// <summary>2024's set with the 電子カルテ情報共有サービス items of 2025 under the same 包括同意.</summary>
    public static readonly IReadOnlyList<ConsentItem> National2025 =
    [
        .. National2024, ConsentItem.DiagnosisNames, ConsentItem.InfectiousDiseases, ConsentItem.OtherAllergies, ConsentItem.DrugAllergies,
        ConsentItem.LabTests, ConsentItem.Prescriptions,
    ];

    /// <summary>The sets by the names configuration uses.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<ConsentItem>> ByName = new Dictionary<string, IReadOnlyList<ConsentItem>>(StringComparer.Ordinal)
    {
        [nameof(Before2024)] = Before2024,
        [nameof(National2024)] = National2024,
        [nameof(National2025)] = National2025,
    };

    /// <summary>The name of the set <paramref name="consents"/> is, or null for a list of the clinic's own.</summary>
    public static string? NameOf(IReadOnlyList<ConsentItem> consents) => ByName.FirstOrDefault(set => set.Value.SequenceEqual(consents)).Key;

    /// <summary>Viewing consents (包括同意 among them) have an availability window; 限度額 is a consent to provide information.</summary>
    public static bool IsViewing(ConsentItem item) => item != ConsentItem.LimitApplication;
}
