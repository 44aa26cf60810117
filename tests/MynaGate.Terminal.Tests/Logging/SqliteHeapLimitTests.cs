using Microsoft.Data.Sqlite;
using MynaGate.Storage.Sql;
using MynaGate.Terminal.Logging;

namespace MynaGate.Terminal.Tests.Logging;

/// <summary>
/// SQLite's memory is counted per process, so this runs alone: no other test's connections are open beside it.
/// </summary>
[Collection(Name)]
public sealed class SqliteHeapLimitTests : IDisposable
{
    public const string Name = "SQLite heap, alone";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mynagate-heap-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_log_larger_than_sqlites_page_cache_is_written_and_read_within_the_heap_limit()
    {
        SqliteConnection.ClearAllPools(); // earlier tests' idle connections hold lookaside and schema memory
        long before = SQLitePCL.raw.sqlite3_memory_used();
        string file = Path.Combine(_directory, "log.db");
        await using var log = new TerminalEventLog(SqlDataSource.Open(null, file), TimeProvider.System);
        await log.EnsureSchemaAsync();
        for (int i = 0; i < 40_000; i++)
        {
            log.Write(TerminalEvent.ResultWritten, $"R{i % 16:D2}", "T102");
            if (i % 5_000 == 0) await log.ReadAsync(new TerminalLogQuery { Limit = 1 }); // written before the queue fills
        }

        Assert.Equal(40_000, (await log.ReadAsync()).Count); // every page written, then every page read
        Assert.True(new FileInfo(file).Length + new FileInfo(file + "-wal").Length > 2 * SqlDataSource.SqliteHeapLimit);
        // without the limit the pooled connection keeps every page it touched, up to 2 MiB (2.2 MB measured)
        long grown = SQLitePCL.raw.sqlite3_memory_used() - before;
        // the limit is soft: two connections' own structures (lookaside, schema) come on top of the recycled pages
        Assert.True(grown <= SqlDataSource.SqliteHeapLimit + 256 * 1024, $"SQLite grew by {grown} bytes");
    }

    // xunit 2 disposes a test class through IDisposable only
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(SqliteHeapLimitTests.Name, DisableParallelization = true)]
public sealed class SqliteHeapLimitTestsAlone;
