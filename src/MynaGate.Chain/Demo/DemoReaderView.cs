namespace MynaGate.Chain.Demo;

/// <summary>One row of the demo's control page.</summary>
public sealed record DemoReaderView(string Id, Uri? Kiosk, string ScreenId, DemoPatient? Patient, string? Pin);

