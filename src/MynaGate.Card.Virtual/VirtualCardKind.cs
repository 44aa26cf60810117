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
}
