namespace MynaGate.Card.Pcsc;

/// <summary>How a connection shares the card. No default: every connect states it (VERIFY state is per card).</summary>
public enum ShareMode
{
    /// <summary>SCARD_SHARE_EXCLUSIVE: nobody else may talk to the card, required while a PIN is verified.</summary>
    Exclusive = 1,
    /// <summary>SCARD_SHARE_SHARED.</summary>
    Shared = 2,
}

/// <summary>What happens to the card when a connection ends.</summary>
public enum CardDisposition
{
    /// <summary>SCARD_LEAVE_CARD.</summary>
    Leave = 0,
    /// <summary>SCARD_RESET_CARD: warm reset, security state lost.</summary>
    Reset = 1,
    /// <summary>SCARD_UNPOWER_CARD: power off, so no VERIFY outlives the patient's session.</summary>
    Unpower = 2,
}

[Flags]
public enum CardProtocol
{
    None = 0,
    T0 = 1,
    T1 = 2,
    Any = T0 | T1,
}

/// <summary>SCARD_STATE_* flags of a reader (the high 16 bits carry pcsc-lite's event counter).</summary>
[Flags]
public enum ReaderStatus : uint
{
    Unaware = 0,
    Ignore = 0x1,
    Changed = 0x2,
    Unknown = 0x4,
    Unavailable = 0x8,
    Empty = 0x10,
    Present = 0x20,
    AtrMatch = 0x40,
    Exclusive = 0x80,
    InUse = 0x100,
    Mute = 0x200,
    Unpowered = 0x400,
}
