using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MynaGate.Hosting;
using MynaGate.Hosting.Settings;

namespace MynaGate.Cli.Tests.Hosts;

/// <summary>
/// Logging:File:Directory: a host writes its Information lines, with their event ids, to a daily file there (what a
/// Windows terminal does by default, where the Event Log keeps Warning and above only); `none` writes no file.
/// </summary>
public sealed class LogFilesTests : IDisposable
{
    private static readonly SettingCatalogue Catalogue = new("mynagate-test", "Test", [], []);
    private readonly TestFolder _temp = new();

    [Fact]
    public async Task A_configured_folder_gets_a_daily_file_with_the_hosts_information_lines_and_their_event_ids()
    {
        string logs = Path.Combine(_temp.Folder("state"), "logs");

        await RunAsync($$"""{ "Logging": { "File": { "Directory": "{{logs.Replace("\\", "\\\\", StringComparison.Ordinal)}}" } } }""");

        string file = Assert.Single(Directory.GetFiles(logs));
        Assert.Matches(@"mynagate-test-\d{8}\.log$", file);
        string text = await ReadSharedAsync(file);
        Assert.Contains("INFO", text, StringComparison.Ordinal);
        Assert.Contains("the console's fingerprint is ABCDEF", text, StringComparison.Ordinal);
        Assert.Contains("Id: 201", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task None_writes_no_file_and_linux_writes_none_unless_told()
    {
        bool existed = Directory.Exists("none");

        await RunAsync("""{ "Logging": { "File": { "Directory": "none" } } }""");

        // "none" is not a folder name: nothing was made under the working folder
        Assert.Equal(existed, Directory.Exists("none"));
        var unset = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        Assert.Equal(OperatingSystem.IsWindows(), LogFiles.DirectoryFrom(unset) is not null);
    }

    public void Dispose() => _temp.Dispose();

    private static readonly Action<ILogger, string, Exception?> ConsoleUp =
        LoggerMessage.Define<string>(LogLevel.Information, new EventId(201, "ConsoleUp"), "the console's fingerprint is {Fingerprint}");

    private async Task RunAsync(string json)
    {
        string file = _temp.File("config.json", System.Text.Encoding.UTF8.GetBytes(json));
        var definition = new HostDefinition("mynagate-test", "a test host", Catalogue, DefaultHealthPort: 0, _ => { });
        using (var host = ServiceHost.Build(definition, file, []))
        {
            await host.StartAsync();
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MynaGate.Test");
            ConsoleUp(logger, "ABCDEF", null);
            await host.StopAsync();
        }
    }

    // the sink flushes and closes the file when the host (its logger factory) is disposed
    private static async Task<string> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
