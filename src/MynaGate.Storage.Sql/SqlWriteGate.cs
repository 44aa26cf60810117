using System.Data.Common;
using Npgsql;

namespace MynaGate.Storage.Sql;

/// <summary>
/// Lets one of this process's writes at a time through to a SQLite file. SQLite takes one writer per file; a second
/// gets SQLITE_BUSY, and Microsoft.Data.Sqlite then sleeps 150 ms before it tries again. With sixteen readers'
/// sessions writing at once, that sleep was the terminal's relay p95; waiting here costs only the other write's time
/// (well under a millisecond). PostgreSQL takes concurrent writes, so its gate lets every write through.
/// </summary>
public sealed class SqlWriteGate
{
    private readonly SemaphoreSlim? _one;

    private SqlWriteGate(bool serialise) => _one = serialise ? new SemaphoreSlim(1, 1) : null;

    /// <summary>A gate for the writes of one store over <paramref name="dataSource"/>, which must be that file's only writer in the process.</summary>
    public static SqlWriteGate For(DbDataSource dataSource) => new(dataSource is not NpgsqlDataSource);

    /// <summary>Waits for the turn to write; dispose the result when the write (or its transaction) is done.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken = default)
    {
        if (_one is not null) await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(_one);
    }

    public readonly struct Turn(SemaphoreSlim? one) : IDisposable
    {
        public void Dispose() => one?.Release();
    }
}
