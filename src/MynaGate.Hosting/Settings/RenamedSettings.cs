using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MynaGate.Hosting.Settings;

/// <summary>
/// Keys a configuration still names by a former name (<see cref="Setting.FormerKey"/>): their values are read as the
/// new key where that is not set (the new key wins when both are), and the host warns at start naming both, so an
/// upgrade never loses a clinic's setting and the installer learns what to rename.
/// </summary>
public sealed partial class RenamedSettings(IReadOnlyList<Setting> found, ILogger<RenamedSettings> logger) : IHostedService
{
    /// <summary>Copies the former keys' values to the new keys in <paramref name="configuration"/>; the settings found under a former name.</summary>
    public static IReadOnlyList<Setting> Apply(ConfigurationManager configuration, IEnumerable<Setting> settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        var found = new List<Setting>();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in settings.Where(s => s.FormerKey is not null))
        {
            var former = configuration.GetSection(setting.FormerKey!);
            if (!former.Exists()) continue;
            found.Add(setting);
            if (configuration.GetSection(setting.Key).Exists()) continue;
            // a value moves as it is; a list or a section moves whole, each of its keys under the new name
            if (former.Value is not null) values[setting.Key] = former.Value;
            foreach (var (path, value) in former.AsEnumerable(makePathsRelative: true))
                if (value is not null) values[$"{setting.Key}:{path}"] = value;
        }
        if (values.Count > 0) configuration.AddInMemoryCollection(values);
        return found;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var setting in found) FormerName(logger, setting.FormerKey!, setting.Key);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "configuration: {FormerKey} is the former name of {Key}; it is read as {Key} (which wins when both are set): rename it")]
    private static partial void FormerName(ILogger logger, string formerKey, string key);
}
