namespace MynaGate.Onshi.Contract;

/// <summary>The emulator's API paths.</summary>
public static class OnshiRoutes
{
    public const string Qualifications = "/v1/qualifications";
    public const string Devices = "/v1/devices";
    public const string Health = "/v1/health";

    public static string Consents(string referenceNumber) => $"/v1/qualifications/{Uri.EscapeDataString(referenceNumber)}/consents";
}
