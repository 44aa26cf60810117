using Npgsql;

namespace MynaGate.Tests.Databases;

/// <summary>
/// A fresh database on the PostgreSQL server that scripts/with-postgres.sh starts for `./mynagate test` (its
/// connection string in MYNAGATE_TEST_POSTGRES), dropped again on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "MYNAGATE_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "mynagate_test_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresTestDatabase()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests through ./mynagate test, which starts a PostgreSQL server for them (scripts/with-postgres.sh).");
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();
    }

    /// <summary>The new database's connection string.</summary>
    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var dataSource = NpgsqlDataSource.Create(_server);
        using var command = dataSource.CreateCommand(sql);
        command.ExecuteNonQuery();
    }
}
