using Microsoft.Extensions.Hosting;
using MynaGate.Hosting.Settings;

namespace MynaGate.Hosting;

/// <summary>What makes one of the hosts itself: its name, its help text and the services it adds.</summary>
/// <param name="Program">The program's name, as in its unit file and in messages ("mynagate-reader").</param>
/// <param name="Summary">One line: what the program is.</param>
/// <param name="Settings">Every configuration key it reads, declared once (--help and docs/configuration.md are written from them).</param>
/// <param name="DefaultHealthPort">The loopback port of the health endpoint unless Health:Port says otherwise.</param>
/// <param name="Configure">Adds the host's options, their validation and its hosted services.</param>
public sealed record HostDefinition(string Program, string Summary, SettingCatalogue Settings, int DefaultHealthPort, Action<HostApplicationBuilder> Configure);
