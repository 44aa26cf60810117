namespace MynaGate.Onshi.Contract;

/// <summary>A reader's device certificate (DER) registered by its medical institution's terminal.</summary>
public sealed record DeviceRegistration(byte[] Certificate);
