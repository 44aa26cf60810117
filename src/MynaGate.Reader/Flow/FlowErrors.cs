using MynaGate.Link.Messages;

namespace MynaGate.Reader.Flow;

/// <summary>The reader's error codes and the messages shown with them (R16). Terminal and national-service codes (T…, Q…) pass through.</summary>
public static class FlowErrors
{
    public const string CardRemoved = "E101";
    public const string Cancelled = "E102";
    public const string TimedOut = "E103";
    public const string NotMyNumberCard = "E104";
    public const string CardFault = "E105";
    /// <summary>Anything else that went wrong in a session (a camera, an engine, a bug): the session ends and the reader serves the next patient.</summary>
    public const string ReaderFault = "E106";
    /// <summary>A card and a phone at once, one on each reader (R37): which the patient means is not guessed.</summary>
    public const string CardAndPhone = "E107";
    /// <summary>A plastic card held over the smartphones' reader (R32).</summary>
    public const string CardOnPhoneReader = "E108";
    /// <summary>A phone whose スマホ用電子証明書 cannot be used here: not a token type we know, or no user-auth certificate (R32).</summary>
    public const string PhoneUnusable = "E109";
    /// <summary>The iPhone's holder did not confirm on the phone (Face ID or passcode), so it did not sign (R32).</summary>
    public const string PhoneNotConfirmed = "E110";
    /// <summary>Idle: the card camera sees a card the slot has not found (in a thick case, or not a My Number Card) (R37).</summary>
    public const string CardNotDetected = "E111";
    /// <summary>Idle: a card is in the slot but does not answer — two cards in the field at once, or a damaged card (R37).</summary>
    public const string CardsStacked = "E112";
    public const string CardFaceUnreadable = "E201";
    public const string VerificationCodeRejected = "E202";
    public const string CardFaceForged = "E203";
    public const string FaceNotMatched = "E204";
    /// <summary>The card lies back up: no face on it either way up, no date lines (R37). The PIN still works; the face needs the front.</summary>
    public const string CardBackShown = "E206";
    public const string PhotoUnusable = "E205";
    /// <summary>The card face prints the birth date in 西暦, as a foreign resident's card does: how 照合番号B is formed
    /// from it is not known (spec §1.8), so no try of the card is spent on a guess. The PIN still works.</summary>
    public const string CardFaceForeignResident = "E207";
    public const string PinWrong = "E301";
    public const string PinBlocked = "E302";
    /// <summary>A 顔認証マイナンバーカード: no PIN was ever set, so face and 目視確認 are offered, never the pad (R04).</summary>
    public const string PinNotSet = "E303";
    public const string VisualDenied = "E401";
    public const string TerminalSilent = "E501";
    public const string NotQualified = "E601";

    public static string Message(string code) => code switch
    {
        CardRemoved => "カードが取り外されました。最初からやり直してください。",
        Cancelled => "中止しました。",
        TimedOut => "一定時間操作がなかったため中止しました。",
        NotMyNumberCard => "マイナンバーカードを読み取れませんでした。ほかのICカード (交通系ICカードなど) と重ねて置いていないか確認し、マイナンバーカードだけを置き直してください。",
        CardFault => "カードとの通信に失敗しました。カードを置き直してください。",
        ReaderFault => "読み取り機で問題が発生しました。カードを取り、もう一度置いてください。直らないときは受付にお申し出ください。",
        CardAndPhone => "カードとスマートフォンが同時に置かれています。どちらか一つだけにして、もう一度お試しください。",
        CardOnPhoneReader => "スマートフォン用の読み取り機にカードが置かれました。カードはカード置き場に置いてください。",
        PhoneUnusable => "このスマートフォンの電子証明書はここでは使えません。マイナンバーカードを置くか、受付にお申し出ください。",
        PhoneNotConfirmed => "スマートフォンでの本人確認ができませんでした。もう一度お試しいただくか、受付にお申し出ください。",
        CardNotDetected => "カードを読み取れません。ケースやカバーから出して置き直してください。",
        CardsStacked => "カードを認識できません。ほかのICカードと重ねずに、マイナンバーカードだけを置いてください。",
        CardFaceUnreadable => "カードの券面を読み取れませんでした。暗証番号で確認してください。",
        VerificationCodeRejected => "カードの券面情報を確認できませんでした。暗証番号で確認してください。",
        CardFaceForged => "カードの券面情報が正しくありません。受付にお申し出ください。",
        CardBackShown => "カードの裏面が上になっています。顔認証は、カードを取って顔写真のある面を上にして置き直すとできます。暗証番号でも確認できます。",
        CardFaceForeignResident => "生年月日が西暦で記載されたカードは、この機械では顔認証に使えません。暗証番号で確認してください。",
        FaceNotMatched => "顔認証ができませんでした。暗証番号で確認してください。",
        PhotoUnusable => "カードの顔写真を使えませんでした。暗証番号で確認してください。",
        PinWrong => "暗証番号が違います。",
        PinBlocked => "暗証番号がロックされています。受付にお申し出ください。",
        PinNotSet => "このカードは暗証番号のない顔認証マイナンバーカードです。顔認証か、職員の目視で確認します。",
        VisualDenied => "職員による確認ができませんでした。受付にお申し出ください。",
        TerminalSilent => "資格確認端末から応答がありません。受付にお申し出ください。",
        NotQualified => "保険資格を確認できませんでした。受付にお申し出ください。",
        LinkErrorCodes.NationalServiceDown => "国のオンライン資格確認システムが止まっているため、この機械では受付できません。マイナンバーカードを持って受付にお申し出ください。",
        _ => "エラーが発生しました。受付にお申し出ください。",
    };
}
