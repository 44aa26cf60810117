using MynaGate.Terminal.Relay;

namespace MynaGate.Admin.Pages;

/// <summary>What the layout shows above every page: the national-service outage under way, or null.</summary>
public sealed record ConsoleBanner(NationalServiceOutage? Outage);
