using MynaGate.Hosting;

namespace MynaGate.Reader.Host;

/// <summary>mynagate-reader: what it is, its keys and its services.</summary>
public static class ReaderHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-reader",
        "one face-authenticated My Number Card reader unit: card slot, cameras, kiosk screen and the link to its terminal",
        ReaderSettingsCatalogue.Catalogue,
        47180,
        builder => builder.AddValidatedService<ReaderHostOptions, ReaderHostOptionsValidator, ReaderHostedService>(ReaderHostOptions.Section, "reader"));
}
