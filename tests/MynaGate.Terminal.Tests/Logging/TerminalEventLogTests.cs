using MynaGate.Onshi.Store;
using MynaGate.Terminal.Logging;
using MynaGate.Tests.Databases;

namespace MynaGate.Terminal.Tests.Logging;

/// <summary>The operation and error log on each store: SQLite (the default) and PostgreSQL.</summary>
public abstract class TerminalEventLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 0, 30, 0, TimeSpan.Zero);

    protected abstract string? ConnectionString { get; }

    protected string SqliteFile { get; } = Path.Combine(Path.GetTempPath(), "mynagate-log-" + Guid.NewGuid().ToString("N")[..8], "log.db");

    private async Task<(TerminalEventLog Log, SteppingClock Clock)> OpenAsync()
    {
        var clock = new SteppingClock(Start);
        var log = new TerminalEventLog(SqlDataSource.Open(ConnectionString, SqliteFile), clock);
        await log.EnsureSchemaAsync();
        await log.EnsureSchemaAsync(); // a restart finds the table there
        return (log, clock);
    }

    [Fact]
    public async Task Events_come_back_in_order_with_their_time_reader_and_code()
    {
        var (log, clock) = await OpenAsync();
        await log.WriteAsync(TerminalEvent.TerminalStarted);
        clock.Advance(TimeSpan.FromSeconds(2));
        await log.WriteAsync(TerminalEvent.QualificationRefused, "reader-01", "Q301");
        clock.Advance(TimeSpan.FromMilliseconds(5));
        await log.WriteAsync(TerminalEvent.LinkDown, "reader-02", "L103");

        var entries = await log.ReadAsync();

        Assert.Equal(
            [
                new TerminalLogEntry(Start, null, TerminalEvent.TerminalStarted, null),
                new TerminalLogEntry(Start.AddSeconds(2), "reader-01", TerminalEvent.QualificationRefused, "Q301"),
                new TerminalLogEntry(Start.AddSeconds(2).AddMilliseconds(5), "reader-02", TerminalEvent.LinkDown, "L103"),
            ],
            entries);
    }

    [Theory]
    [InlineData("山田 太郎", null)]
    [InlineData("reader 01", null)]
    [InlineData("reader-01", "card pulled")]
    [InlineData("reader-01", "q301")]
    public async Task Free_text_is_refused_where_a_reader_id_or_error_code_belongs(string reader, string? code)
    {
        var (log, _) = await OpenAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => log.WriteAsync(TerminalEvent.LinkDown, reader, code));
        Assert.Empty(await log.ReadAsync());
    }
}

public sealed class SqliteTerminalEventLogTests : TerminalEventLogTests, IDisposable
{
    protected override string? ConnectionString => null;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(SqliteFile)!, recursive: true);
    }
}

public sealed class PostgresTerminalEventLogTests : TerminalEventLogTests, IDisposable
{
    private readonly PostgresTestDatabase _database = new();

    protected override string? ConnectionString => _database.ConnectionString;

    public void Dispose() => _database.Dispose();
}

/// <summary>A clock the test moves.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
