namespace MynaGate.Vision.Native;

/// <summary>mgv_status from mgv_common.h.</summary>
internal enum MgvStatus
{
    Ok = 0,
    InvalidArgument = 1,
    DecodeFailed = 2,
    LimitExceeded = 3,
    ModelFailed = 4,
    DeviceFailed = 5,
    EndOfStream = 6,
    Internal = 7,
}
