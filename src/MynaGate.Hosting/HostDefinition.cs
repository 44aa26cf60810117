using Microsoft.Extensions.Hosting;

namespace MynaGate.Hosting;

/// <summary>What makes one of the hosts itself: its name, its help text and the services it adds.</summary>
/// <param name="Program">The program's name, as in its unit file and in messages ("mynagate-reader").</param>
/// <param name="Summary">One line: what the program is.</param>
/// <param name="Keys">The configuration keys, one per line with their default, for --help.</param>
/// <param name="DefaultHealthPort">The loopback port of the health endpoint unless Health:Port says otherwise.</param>
/// <param name="Configure">Adds the host's options, their validation and its hosted services.</param>
public sealed record HostDefinition(string Program, string Summary, string Keys, int DefaultHealthPort, Action<HostApplicationBuilder> Configure);
