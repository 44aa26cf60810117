using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Web;

namespace MynaGate.Admin.Tests;

/// <summary>
/// A request that fails inside an embedded web server is logged through the host's logger (the demo's masked-holder
/// failure answered a blank 500 and logged nothing anywhere); ASP.NET Core's information lines are not.
/// </summary>
public sealed class EmbeddedServerLoggingTests
{
    [Fact]
    public async Task A_request_that_throws_reaches_the_host_s_log_and_information_does_not()
    {
        var seen = new ConcurrentQueue<(string Category, LogLevel Level)>();
        using var host = LoggerFactory.Create(logging => logging.AddProvider(new Recorder(seen)).SetMinimumLevel(LogLevel.Trace));
        var builder = WebApplication.CreateSlimBuilder();
        EmbeddedServerLogging.Forward(builder.Logging, host);
        await using var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/fails", IResult () => throw new InvalidOperationException("a fault for the test"));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        using var response = await client.GetAsync("/fails");
        await app.StopAsync();

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(seen, e => e.Level == LogLevel.Error && e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, e => e.Level < LogLevel.Warning);
    }

    private sealed class Recorder(ConcurrentQueue<(string, LogLevel)> seen) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, seen);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel)> seen) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                seen.Enqueue((category, logLevel));
        }
    }
}
