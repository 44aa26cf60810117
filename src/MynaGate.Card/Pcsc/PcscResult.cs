namespace MynaGate.Card.Pcsc;

/// <summary>PC/SC return codes (pcsc-lite pcsclite.h / WinSCard), normalised to 32 bits on every platform.</summary>
public enum PcscResult : uint
{
    Success = 0,
    /// <summary>SCARD_F_INTERNAL_ERROR.</summary>
    InternalError = 0x80100001,
    /// <summary>SCARD_E_CANCELLED.</summary>
    Cancelled = 0x80100002,
    /// <summary>SCARD_E_INVALID_HANDLE.</summary>
    InvalidHandle = 0x80100003,
    /// <summary>SCARD_E_INVALID_PARAMETER.</summary>
    InvalidParameter = 0x80100004,
    /// <summary>SCARD_E_NO_MEMORY.</summary>
    NoMemory = 0x80100006,
    /// <summary>SCARD_E_INSUFFICIENT_BUFFER.</summary>
    InsufficientBuffer = 0x80100008,
    /// <summary>SCARD_E_UNKNOWN_READER.</summary>
    UnknownReader = 0x80100009,
    /// <summary>SCARD_E_TIMEOUT.</summary>
    Timeout = 0x8010000A,
    /// <summary>SCARD_E_SHARING_VIOLATION.</summary>
    SharingViolation = 0x8010000B,
    /// <summary>SCARD_E_NO_SMARTCARD.</summary>
    NoSmartcard = 0x8010000C,
    /// <summary>SCARD_E_PROTO_MISMATCH.</summary>
    ProtocolMismatch = 0x8010000F,
    /// <summary>SCARD_E_NOT_READY.</summary>
    NotReady = 0x80100010,
    /// <summary>SCARD_E_INVALID_VALUE.</summary>
    InvalidValue = 0x80100011,
    /// <summary>SCARD_F_COMM_ERROR.</summary>
    CommunicationError = 0x80100013,
    /// <summary>SCARD_E_NOT_TRANSACTED: pcsc-lite's answer when the driver failed mid-exchange.</summary>
    NotTransacted = 0x80100016,
    /// <summary>SCARD_E_READER_UNAVAILABLE.</summary>
    ReaderUnavailable = 0x80100017,
    /// <summary>SCARD_E_NO_SERVICE.</summary>
    NoService = 0x8010001D,
    /// <summary>SCARD_E_SERVICE_STOPPED.</summary>
    ServiceStopped = 0x8010001E,
    /// <summary>SCARD_E_NO_READERS_AVAILABLE.</summary>
    NoReadersAvailable = 0x8010002E,
    /// <summary>SCARD_W_UNSUPPORTED_CARD.</summary>
    UnsupportedCard = 0x80100065,
    /// <summary>SCARD_W_UNRESPONSIVE_CARD.</summary>
    UnresponsiveCard = 0x80100066,
    /// <summary>SCARD_W_UNPOWERED_CARD.</summary>
    UnpoweredCard = 0x80100067,
    /// <summary>SCARD_W_RESET_CARD.</summary>
    ResetCard = 0x80100068,
    /// <summary>SCARD_W_REMOVED_CARD.</summary>
    RemovedCard = 0x80100069,
}
