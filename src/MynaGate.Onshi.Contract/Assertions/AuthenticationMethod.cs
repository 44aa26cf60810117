namespace MynaGate.Onshi.Contract.Assertions;

/// <summary>How the patient proved the card is theirs.</summary>
public enum AuthenticationMethod
{
    /// <summary>Live face matched the chip photo (the reader vouches with its device signature).</summary>
    Face,

    /// <summary>The 利用者証明用 PIN was verified and the card signed the terminal's challenge.</summary>
    Pin,

    /// <summary>Staff compared the patient with the card (目視確認); the reader vouches with its device signature.</summary>
    Visual,
}
