namespace MynaGate.Card.Virtual;

/// <summary>What the virtual card stands for.</summary>
public enum VirtualCardKind
{
    /// <summary>A plastic マイナンバーカード with its PINs set.</summary>
    Card,

    /// <summary>
    /// 顔認証マイナンバーカード (since 2023-12-15): no PIN set, so the user-auth and text PINs answer 63C0; its
    /// certificate is used by face or 目視確認 only (spec §1.9).
    /// </summary>
    PinLess,

    /// <summary>スマホ用電子証明書 on an Android phone (JPKIAPGPSETOKEN): JPKI-AP only, its own certificate and スマホ用PIN (R32).</summary>
    Android,

    /// <summary>スマホ用電子証明書 on an iPhone (JPKIAPIOSTOKEN): JPKI-AP only, its own certificate, confirmed on the phone (R32).</summary>
    IPhone,
}
