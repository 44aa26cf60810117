using MynaGate.Hosting;

namespace MynaGate.Onshi.Host;

/// <summary>mynagate-onshi: what it is, its keys and its services.</summary>
public static class OnshiHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-onshi",
        "emulator of the national online qualification service, for testing readers, terminals and receipt computers",
        OnshiSettingsCatalogue.Catalogue,
        47182,
        builder => builder.AddValidatedService<OnshiHostOptions, OnshiHostOptionsValidator, OnshiHostedService>(OnshiHostOptions.Section, "national-service"));
}
