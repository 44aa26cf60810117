using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MynaGate.Onshi.Store;

/// <summary>Opens a store (the emulator's, the terminal's log): PostgreSQL when a connection string names a host, SQLite in a file otherwise.</summary>
public static class SqlDataSource
{
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
        return dataSource;
    }

    public static bool IsPostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
