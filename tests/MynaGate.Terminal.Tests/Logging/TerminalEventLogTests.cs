using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Logging;
using MynaGate.Tests;
using MynaGate.Tests.Databases;

namespace MynaGate.Terminal.Tests.Logging;

/// <summary>The operation and error log on each store: SQLite (the default) and PostgreSQL.</summary>
public abstract class TerminalEventLogTests : IAsyncLifetime
{
    private readonly List<TerminalEventLog> _opened = [];

    private static readonly DateTimeOffset Start = new(2026, 11, 21, 0, 30, 0, TimeSpan.Zero);

    protected abstract string? ConnectionString { get; }

    protected string SqliteFile { get; } = Path.Combine(Path.GetTempPath(), "mynagate-log-" + Guid.NewGuid().ToString("N")[..8], "log.db");

    private async Task<(TerminalEventLog Log, SteppingClock Clock)> OpenAsync()
    {
        var clock = new SteppingClock(Start);
        var log = new TerminalEventLog(SqlDataSource.Open(ConnectionString, SqliteFile), clock);
        await log.EnsureSchemaAsync();
        await log.EnsureSchemaAsync(); // a restart finds the table there
        _opened.Add(log);
        return (log, clock);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var log in _opened) await log.DisposeAsync();
    }

    [Fact]
    public async Task Rows_from_sixteen_readers_at_once_are_all_written_and_a_stopped_log_has_written_its_queue()
    {
        var (log, _) = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(r => Task.Run(() =>
        {
            for (int i = 0; i < 25; i++) log.Write(TerminalEvent.ResultWritten, $"R{r:D2}");
            log.RecordSession($"R{r:D2}", AuthenticationMethod.Face, null, TimeSpan.FromSeconds(3));
        })));
        await log.DisposeAsync();

        var (reopened, _) = await OpenAsync();
        var entries = await reopened.ReadAsync();
        Assert.Equal(400, entries.Count);
        Assert.All(entries.GroupBy(e => e.ReaderId), reader => Assert.Equal(25, reader.Count()));
        Assert.Equal(16, (await reopened.ReadSessionsAsync(Start)).Count);
    }

    [Fact]
    public async Task Rows_the_database_refuses_are_tried_again_then_counted_and_reported_and_a_reader_of_the_log_is_answered()
    {
        var (log, _) = await OpenAsync();
        var reported = new List<(int Rows, string Why)>();
        log.RowsLost += (rows, why) =>
        {
            lock (reported) reported.Add((rows, why));
        };
        // the table is gone from under the writer: every try fails
        await using (var source = SqlDataSource.Open(ConnectionString, SqliteFile))
        await using (var drop = source.CreateCommand("DROP TABLE events"))
            await drop.ExecuteNonQueryAsync();

        log.Write(TerminalEvent.ResultWritten, "R01");
        log.Write(TerminalEvent.ResultWritten, "R02");
        // the read waits for the queue, which gives up after its retries: the reader gets an answer, here the error
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => log.ReadAsync());

        Assert.Equal(2, log.LostRows);
        // one loss report per batch the writer gave up on: both rows in one, or each in its own when the writer took
        // the first before the second was queued
        Assert.NotEmpty(reported);
        Assert.Equal(2, reported.Sum(r => r.Rows));
        Assert.All(reported, loss => Assert.EndsWith("Exception", loss.Why, StringComparison.Ordinal));
        await log.EnsureSchemaAsync();
    }

    [Fact]
    public async Task A_read_while_the_queue_is_full_waits_for_the_writer_and_every_row_is_written_or_counted_lost()
    {
        var (log, _) = await OpenAsync();
        const int rows = 15_000; // more than the queue holds, queued faster than any disk writes them
        for (int i = 0; i < rows; i++) log.Write(TerminalEvent.ResultWritten, "R01");

        var read = await log.ReadAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(rows, read.Count + log.LostRows);
    }

    [Fact]
    public async Task Events_come_back_in_order_with_their_time_reader_and_code()
    {
        var (log, clock) = await OpenAsync();
        log.Write(TerminalEvent.TerminalStarted);
        clock.Advance(TimeSpan.FromSeconds(2));
        log.Write(TerminalEvent.QualificationRefused, "reader-01", "Q301");
        clock.Advance(TimeSpan.FromMilliseconds(5));
        log.Write(TerminalEvent.LinkDown, "reader-02", "L103");

        var entries = await log.ReadAsync();

        Assert.Equal(
            [
                new TerminalLogEntry(Start, null, TerminalEvent.TerminalStarted, null),
                new TerminalLogEntry(Start.AddSeconds(2), "reader-01", TerminalEvent.QualificationRefused, "Q301"),
                new TerminalLogEntry(Start.AddSeconds(2).AddMilliseconds(5), "reader-02", TerminalEvent.LinkDown, "L103"),
            ],
            entries);
    }

    [Fact]
    public async Task The_console_filters_by_reader_event_code_errors_and_time_newest_first()
    {
        var (log, clock) = await OpenAsync();
        log.Write(TerminalEvent.LinkUp, "R01");
        clock.Advance(TimeSpan.FromMinutes(1));
        log.Write(TerminalEvent.SessionFailed, "R01", "E401");
        clock.Advance(TimeSpan.FromMinutes(1));
        log.Write(TerminalEvent.SessionFailed, "R02", "E101");
        clock.Advance(TimeSpan.FromMinutes(1));
        log.Write(TerminalEvent.SessionSucceeded, "R02");

        Assert.Equal([TerminalEvent.SessionFailed, TerminalEvent.LinkUp], (await log.ReadAsync(new TerminalLogQuery { ReaderId = "R01" })).Select(e => e.Event));
        Assert.Equal(["E101", "E401"], (await log.ReadAsync(new TerminalLogQuery { ErrorsOnly = true })).Select(e => e.ErrorCode));
        Assert.Equal("R02", Assert.Single(await log.ReadAsync(new TerminalLogQuery { ErrorCode = "E101" })).ReaderId);
        Assert.Equal(2, (await log.ReadAsync(new TerminalLogQuery { Event = TerminalEvent.SessionFailed })).Count);
        var window = await log.ReadAsync(new TerminalLogQuery { From = Start.AddMinutes(1), To = Start.AddMinutes(3) });
        Assert.Equal([Start.AddMinutes(2), Start.AddMinutes(1)], window.Select(e => e.At));
        Assert.Single(await log.ReadAsync(new TerminalLogQuery { Limit = 1 }));
        Assert.Empty(await log.ReadAsync(new TerminalLogQuery { ReaderId = "R01' OR '1'='1" }));
    }

    [Fact]
    public async Task Session_reports_come_back_from_the_time_asked()
    {
        var (log, clock) = await OpenAsync();
        log.RecordSession("R01", AuthenticationMethod.Pin, null, TimeSpan.FromMilliseconds(2500));
        clock.Advance(TimeSpan.FromHours(2));
        log.RecordSession("R02", null, "E102", TimeSpan.FromMilliseconds(900));

        var all = await log.ReadSessionsAsync(Start);
        var recent = await log.ReadSessionsAsync(Start.AddHours(1));

        Assert.Equal([new SessionRecord(Start, "R01", AuthenticationMethod.Pin, null, TimeSpan.FromMilliseconds(2500)),
            new SessionRecord(Start.AddHours(2), "R02", null, "E102", TimeSpan.FromMilliseconds(900))], all);
        Assert.Equal("R02", Assert.Single(recent).ReaderId);
        Assert.Throws<ArgumentException>(() => log.RecordSession("R01", null, "card pulled", TimeSpan.Zero));
    }

    [Theory]
    [InlineData("山田 太郎", null)]
    [InlineData("reader 01", null)]
    [InlineData("reader-01", "card pulled")]
    [InlineData("reader-01", "q301")]
    public async Task Free_text_is_refused_where_a_reader_id_or_error_code_belongs(string reader, string? code)
    {
        var (log, _) = await OpenAsync();
        Assert.Throws<ArgumentException>(() => log.Write(TerminalEvent.LinkDown, reader, code));
        Assert.Empty(await log.ReadAsync());
    }
}

public sealed class SqliteTerminalEventLogTests : TerminalEventLogTests, IDisposable
{
    protected override string? ConnectionString => null;

    [Fact]
    public async Task The_logs_commits_are_write_ahead_logged_and_wait_for_no_fsync()
    {
        await using var dataSource = SqlDataSource.Open(null, SqliteFile);
        await using var connection = await SqlDataSource.OpenForWritingAsync(dataSource);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL: the WAL is synced at checkpoints only
    }

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
