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
        return SqliteFactory.Instance.CreateDataSource(builder.ToString());
    }

    public static bool IsPostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
