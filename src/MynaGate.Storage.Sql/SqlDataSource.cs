using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MynaGate.Storage.Sql;

/// <summary>Opens a store (the emulator's, the terminal's log): PostgreSQL when a connection string names a host, SQLite in a file otherwise.</summary>
public static class SqlDataSource
{
    /// <summary>
    /// What SQLite may hold in memory in one process, all connections together, before it recycles cached pages. Each
    /// pooled connection would otherwise cache up to 2 MiB of the pages it touched, so a log smaller than that grew the
    /// terminal's memory with every session for weeks (the 5,000-session soak's slope). Lookups by key and appends need
    /// few pages; the file system caches the rest.
    /// </summary>
    public const long SqliteHeapLimit = 1 << 20;

    public static DbDataSource Open(string? connectionString, string sqliteFile)
    {
        if (IsPostgres(connectionString)) return NpgsqlDataSource.Create(connectionString!);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sqliteFile))!);
        var builder = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = true, DefaultTimeout = 30 };
        var dataSource = SqliteFactory.Instance.CreateDataSource(builder.ToString());
        // write-ahead logging (kept in the file): a commit is one append and one fsync instead of a rollback journal
        // created, synced and deleted, and readers do not wait for the writer; sixteen readers' sessions write at once
        using var wal = dataSource.CreateCommand("PRAGMA journal_mode=WAL");
        wal.ExecuteNonQuery();
        using var limit = dataSource.CreateCommand($"PRAGMA soft_heap_limit={SqliteHeapLimit}");
        limit.ExecuteNonQuery();
        return dataSource;
    }

    /// <summary>
    /// A connection whose SQLite commits wait for no fsync (PostgreSQL keeps its server's setting). On one disk an
    /// fsync waits for every other file's pending writes, so the stores' commits would queue the result files, which
    /// are the records that must survive, behind them. The emulator stands in for a remote service whose disk is not
    /// the terminal's; the terminal's log already keeps its rows in memory until a batch is written. WAL with
    /// synchronous=NORMAL stays consistent and survives the process ending; only a power cut may lose the last commits.
    /// </summary>
    public static async Task<DbConnection> OpenForWritingAsync(DbDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (connection is SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return connection;
    }

    public static bool IsPostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
