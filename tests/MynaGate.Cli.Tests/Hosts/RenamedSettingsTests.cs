using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MynaGate.Hosting;
using MynaGate.Hosting.Settings;

namespace MynaGate.Cli.Tests.Hosts;

/// <summary>A key renamed in a release is still read under its former name, with a warning naming both.</summary>
public sealed class RenamedSettingsTests : IDisposable
{
    private readonly TestFolder _temp = new();
    private readonly ConcurrentQueue<(EventId Id, string Message)> _warnings = new();

    [Fact]
    public async Task A_file_with_the_former_name_is_read_as_the_new_key_and_the_host_warns_naming_both()
    {
        using var host = Build("""{ "Test": { "OldTimeout": 7, "OldForms": [ "A", "B" ] } }""");
        var configuration = host.Services.GetRequiredService<IConfiguration>();

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("7", configuration["Test:Timeout"]);
        Assert.Equal(["A", "B"], configuration.GetSection("Test:Forms").Get<string[]>()!);
        var warnings = _warnings.Where(w => w.Id.Id == 4).Select(w => w.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("Test:OldTimeout", StringComparison.Ordinal) && w.Contains("Test:Timeout", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Test:OldForms", StringComparison.Ordinal) && w.Contains("Test:Forms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_new_name_wins_when_both_are_set_and_a_file_without_the_former_name_draws_no_warning()
    {
        using (var both = Build("""{ "Test": { "OldTimeout": 7, "Timeout": 9 } }"""))
        {
            await both.StartAsync();
            await both.StopAsync();
            Assert.Equal("9", both.Services.GetRequiredService<IConfiguration>()["Test:Timeout"]);
            Assert.Single(_warnings, w => w.Id.Id == 4);
        }
        _warnings.Clear();

        using var current = Build("""{ "Test": { "Timeout": 9 } }""");
        await current.StartAsync();
        await current.StopAsync();
        Assert.DoesNotContain(_warnings, w => w.Id.Id == 4);
    }

    [Fact]
    public void Help_and_the_key_table_name_the_former_key()
    {
        Assert.Contains("formerly Test:OldTimeout", Catalogue.HelpText(0), StringComparison.Ordinal);
        Assert.Contains("旧名 `Test:OldTimeout`", Catalogue.MarkdownTable(japanese: true), StringComparison.Ordinal);
    }

    private static readonly SettingCatalogue Catalogue = new("mynagate-test", "Test",
    [
        new("Test:Timeout", "5", "a timeout") { FormerKey = "Test:OldTimeout", Japanese = "時間" },
        new("Test:Forms", "none", "a list") { FormerKey = "Test:OldForms", Japanese = "一覧" },
    ], []);

    private IHost Build(string json)
    {
        string file = _temp.File("config.json", System.Text.Encoding.UTF8.GetBytes(json));
        var definition = new HostDefinition("mynagate-test", "a test host", Catalogue, DefaultHealthPort: 0,
            builder => builder.Logging.AddProvider(new WarningRecorder(_warnings)));
        return ServiceHost.Build(definition, file, []);
    }

    public void Dispose() => _temp.Dispose();

    private sealed class WarningRecorder(ConcurrentQueue<(EventId, string)> seen) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Recorder(seen);

        public void Dispose()
        {
        }

        private sealed class Recorder(ConcurrentQueue<(EventId, string)> seen) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) seen.Enqueue((eventId, formatter(state, exception)));
            }
        }
    }
}
