using MynaGate.Hosting;

namespace MynaGate.Terminal.Host;

/// <summary>mynagate-terminal: what it is, its keys and its services.</summary>
public static class TerminalHost
{
    public static readonly HostDefinition Definition = new(
        "mynagate-terminal",
        "the 資格確認端末 service: paired readers, the national service, result XML, the log and the management console",
        TerminalSettingsCatalogue.Catalogue,
        47181,
        builder => builder.AddValidatedService<TerminalHostOptions, TerminalHostOptionsValidator, TerminalHostedService>(TerminalHostOptions.Section, "terminal"));
}
