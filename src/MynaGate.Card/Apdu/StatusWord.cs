namespace MynaGate.Card.Apdu;

/// <summary>The two trailing status bytes of every response (ISO/IEC 7816-4 §5.1.3).</summary>
public readonly record struct StatusWord(byte Sw1, byte Sw2)
{
    public static readonly StatusWord Success = new(0x90, 0x00);
    public static readonly StatusWord EndOfFileWarning = new(0x62, 0x82);
    public static readonly StatusWord NoRetryLimit = new(0x63, 0x00);
    public static readonly StatusWord WrongLength = new(0x67, 0x00);
    public static readonly StatusWord CommandIncompatible = new(0x69, 0x81);
    public static readonly StatusWord SecurityStatusNotSatisfied = new(0x69, 0x82);
    public static readonly StatusWord AuthenticationBlocked = new(0x69, 0x84);
    public static readonly StatusWord ConditionsNotSatisfied = new(0x69, 0x85);
    public static readonly StatusWord NoCurrentEf = new(0x69, 0x86);
    public static readonly StatusWord WrongData = new(0x6A, 0x80);
    public static readonly StatusWord FileNotFound = new(0x6A, 0x82);
    public static readonly StatusWord RecordNotFound = new(0x6A, 0x83);
    public static readonly StatusWord WrongP1P2 = new(0x6A, 0x86);
    public static readonly StatusWord OffsetOutsideFile = new(0x6B, 0x00);
    public static readonly StatusWord InstructionNotSupported = new(0x6D, 0x00);
    public static readonly StatusWord ClassNotSupported = new(0x6E, 0x00);

    public ushort Value => (ushort)((Sw1 << 8) | Sw2);

    public bool IsSuccess => Sw1 == 0x90 && Sw2 == 0x00;

    /// <summary>61xx: response bytes still available, fetch with GET RESPONSE (T=0).</summary>
    public bool MoreDataAvailable => Sw1 == 0x61;

    /// <summary>6Cxx: wrong Le; re-send the same command with Le = SW2.</summary>
    public bool CorrectLengthIndicated => Sw1 == 0x6C;

    /// <summary>63Cx after VERIFY: x tries remain; 63C0 is the attempt that blocked the key.</summary>
    public int? RetriesRemaining => Sw1 == 0x63 && (Sw2 & 0xF0) == 0xC0 ? Sw2 & 0x0F : null;

    /// <summary>6B00 or 6282: READ BINARY ran into the end of the file.</summary>
    public bool IsEndOfFile => this == OffsetOutsideFile || this == EndOfFileWarning;

    public string Description => this switch
    {
        { IsSuccess: true } => "normal processing",
        { MoreDataAvailable: true } => $"{Sw2} response bytes available",
        { CorrectLengthIndicated: true } => $"wrong Le, card offers {Sw2} bytes",
        { RetriesRemaining: 0 } => "verification failed, key now blocked",
        { RetriesRemaining: int n } => $"verification failed, {n} tries remain",
        _ when this == EndOfFileWarning => "end of file reached before Le bytes",
        _ when this == NoRetryLimit => "no retry limit",
        _ when this == WrongLength => "wrong length",
        _ when this == CommandIncompatible => "command incompatible with file structure",
        _ when this == SecurityStatusNotSatisfied => "security status not satisfied",
        _ when this == AuthenticationBlocked => "authentication method blocked",
        _ when this == ConditionsNotSatisfied => "conditions of use not satisfied",
        _ when this == NoCurrentEf => "command not allowed (no current EF)",
        _ when this == WrongData => "incorrect data field",
        _ when this == FileNotFound => "file or application not found",
        _ when this == RecordNotFound => "record not found",
        _ when this == WrongP1P2 => "incorrect P1/P2",
        _ when this == OffsetOutsideFile => "offset outside the file",
        _ when this == InstructionNotSupported => "instruction not supported",
        _ when this == ClassNotSupported => "class not supported",
        _ => "unrecognised status",
    };

    public override string ToString() => $"{Value:X4} ({Description})";
}
