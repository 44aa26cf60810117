namespace MynaGate.Reader.Flow;

/// <summary>The screen IDs debug mode shows (R14) and the breadcrumb step each screen belongs to (R11).</summary>
public static class ScreenIds
{
    public static string Of(FlowState state, int consentIndex = 0) => state switch
    {
        FlowState.Idle => "1-1",
        FlowState.ReadingCard => "1-2",
        FlowState.MethodChoice => "2-1",
        FlowState.PhoneWait => "2-2",
        FlowState.CardFaceReading => "3-1",
        FlowState.FaceCapture => "3-2",
        FlowState.LowerMask => "3-3",
        FlowState.FaceRetry => "3-4",
        FlowState.PinEntry => "4-1",
        FlowState.PinBlocked => "4-2",
        FlowState.PhoneConfirm => "4-3",
        FlowState.VisualCheck => "5-1",
        FlowState.Querying => "6-0",
        FlowState.Consent => $"6-{consentIndex + 1}",
        // after a variable number of consent screens: P for 処方箋, so it keeps one ID whatever the clinic's set
        FlowState.PrescriptionChoice => "6-P",
        // the first of the 公費 screens, before paper mode's
        FlowState.MedicalSubsidyChoice => "7-0",
        FlowState.PaperChoice => "7-1",
        FlowState.PaperPlacement => "7-2",
        FlowState.PaperConfirm => "7-3",
        FlowState.Completing => "8-0",
        FlowState.Completed => "8-1",
        _ => "9-1",
    };

    public static BreadcrumbStep StepOf(FlowState state) => state switch
    {
        FlowState.Querying or FlowState.Consent => BreadcrumbStep.Consent,
        FlowState.PrescriptionChoice => BreadcrumbStep.Additional,
        FlowState.MedicalSubsidyChoice or FlowState.PaperChoice or FlowState.PaperPlacement or FlowState.PaperConfirm => BreadcrumbStep.PublicExpense,
        FlowState.Completing or FlowState.Completed => BreadcrumbStep.Done,
        _ => BreadcrumbStep.Identity,
    };
}

/// <summary>本人認証 &gt; 同意確認 &gt; 追加情報 &gt; 公費確認 &gt; 確認完了.</summary>
public enum BreadcrumbStep
{
    Identity,
    Consent,
    Additional,
    PublicExpense,
    Done,
}
