using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Storage.Sql;

namespace MynaGate.Terminal.Logging;

/// <summary>
/// The terminal's operation and error log in SQLite or PostgreSQL: time, reader, typed event, error code, the console
/// account that acted (staff decisions, settings, sign-ins), and what an account or key change was made to (the
/// target account or reception key and its role); and each session's report (method, error code, duration) for the
/// dashboard. Reader ids, error codes, names and roles are checked against their shapes, so free text cannot be
/// smuggled in through them.
/// </summary>
public sealed partial class TerminalEventLog(DbDataSource dataSource, TimeProvider clock) : IAsyncDisposable
{
    private readonly LogRowWriter _rows = new(dataSource);

    /// <summary>Rows that could not be written since start (the database failed through every retry, or the queue filled).</summary>
    public long LostRows => _rows.LostRows;

    /// <summary>Raised with how many rows were lost and why (an exception's type, or "queue full").</summary>
    public event Action<int, string>? RowsLost
    {
        add => _rows.RowsLost += value;
        remove => _rows.RowsLost -= value;
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (string table in new[]
        {
            "CREATE TABLE IF NOT EXISTS events (at TEXT NOT NULL, reader TEXT, event TEXT NOT NULL, error_code TEXT)",
            "CREATE TABLE IF NOT EXISTS sessions (at TEXT NOT NULL, reader TEXT NOT NULL, method TEXT, error_code TEXT, duration_ms BIGINT NOT NULL)",
        })
        {
            await using var command = dataSource.CreateCommand(table);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (string column in new[] { "account", "target", "target_role" }) await AddColumnAsync(column, cancellationToken).ConfigureAwait(false);
    }

    // logs written before a column was recorded gain it; SQLite has no ADD COLUMN IF NOT EXISTS, so ask first
    private async Task AddColumnAsync(string column, CancellationToken cancellationToken)
    {
        await using (var probe = dataSource.CreateCommand("SELECT * FROM events LIMIT 0"))
        await using (var reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            for (int i = 0; i < reader.FieldCount; i++)
                if (reader.GetName(i) == column) return;
        }
        await using var add = dataSource.CreateCommand($"ALTER TABLE events ADD COLUMN {column} TEXT");
        await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs <paramref name="what"/>, timed now; the row is written shortly after, and every read sees it.</summary>
    /// <param name="account">The console account that acted.</param>
    /// <param name="target">What an account or key change was made to: an account name or a reception key's name.</param>
    /// <param name="targetRole">The target's role after the change (an account's role; "ReceptionKey" for a key).</param>
    public void Write(TerminalEvent what, string? readerId = null, string? errorCode = null, string? account = null, string? target = null, string? targetRole = null)
    {
        CheckShapes(readerId, errorCode);
        if (account is not null && !AccountShape().IsMatch(account)) throw new ArgumentException("Not an account name.", nameof(account));
        if (target is not null && !AccountShape().IsMatch(target)) throw new ArgumentException("Not an account or key name.", nameof(target));
        if (targetRole is not null && !RoleShape().IsMatch(targetRole)) throw new ArgumentException("Not a role.", nameof(targetRole));
        _rows.Queue("INSERT INTO events (at, reader, event, error_code, account, target, target_role) VALUES (@at, @reader, @event, @code, @account, @target, @role)",
            ("at", Now()), ("reader", readerId), ("event", what.ToString()), ("code", errorCode), ("account", account), ("target", target), ("role", targetRole));
    }

    /// <summary>A session's report from its reader, for the dashboard; written as <see cref="Write"/> is.</summary>
    public void RecordSession(string readerId, AuthenticationMethod? method, string? errorCode, TimeSpan duration)
    {
        CheckShapes(readerId, errorCode);
        _rows.Queue("INSERT INTO sessions (at, reader, method, error_code, duration_ms) VALUES (@at, @reader, @method, @code, @duration)",
            ("at", Now()), ("reader", readerId), ("method", method?.ToString()), ("code", errorCode),
            ("duration", (long)Math.Max(0, duration.TotalMilliseconds)));
    }

    /// <summary>Writes what is still queued, then stops writing.</summary>
    public async ValueTask DisposeAsync()
    {
        await _rows.DisposeAsync().ConfigureAwait(false);
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Every line, oldest first.</summary>
    public async Task<IReadOnlyList<TerminalLogEntry>> ReadAsync(CancellationToken cancellationToken = default)
    {
        var newestFirst = await ReadAsync(new TerminalLogQuery { Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false);
        return [.. newestFirst.Reverse()];
    }

    /// <summary>The lines <paramref name="query"/> selects, newest first.</summary>
    public async Task<IReadOnlyList<TerminalLogEntry>> ReadAsync(TerminalLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _rows.FlushAsync().ConfigureAwait(false);
        await using var command = dataSource.CreateCommand();
        var where = new List<string>();
        if (query.ReaderId is not null) Filter(command, where, "reader = @reader", "reader", query.ReaderId);
        if (query.Event is { } what) Filter(command, where, "event = @event", "event", what.ToString());
        if (query.ErrorCode is not null) Filter(command, where, "error_code = @code", "code", query.ErrorCode);
        if (query.ErrorsOnly) where.Add("error_code IS NOT NULL");
        if (query.From is { } from) Filter(command, where, "at >= @from", "from", SqlParameters.Time(from));
        if (query.To is { } to) Filter(command, where, "at < @to", "to", SqlParameters.Time(to));
        command.CommandText = "SELECT at, reader, event, error_code, account, target, target_role FROM events"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY at DESC LIMIT @limit";
        SqlParameters.Bind(command, ("limit", (long)Math.Max(0, query.Limit)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<TerminalLogEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new TerminalLogEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Enum.Parse<TerminalEvent>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4))
            {
                Target = reader.IsDBNull(5) ? null : reader.GetString(5),
                TargetRole = reader.IsDBNull(6) ? null : reader.GetString(6),
            });
        }
        return entries;
    }

    /// <summary>The sessions that ended at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<SessionRecord>> ReadSessionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await _rows.FlushAsync().ConfigureAwait(false);
        await using var command = dataSource.CreateCommand("SELECT at, reader, method, error_code, duration_ms FROM sessions WHERE at >= @since ORDER BY at");
        SqlParameters.Bind(command, ("since", SqlParameters.Time(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sessions = new List<SessionRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(new SessionRecord(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : Enum.Parse<AuthenticationMethod>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                TimeSpan.FromMilliseconds(reader.GetInt64(4))));
        }
        return sessions;
    }

    private static void CheckShapes(string? readerId, string? errorCode)
    {
        if (readerId is not null && !ReaderIdShape().IsMatch(readerId)) throw new ArgumentException("Not a reader id.", nameof(readerId));
        if (errorCode is not null && !LinkErrorCodes.IsWellFormed(errorCode)) throw new ArgumentException("Not an error code.", nameof(errorCode));
    }

    private string Now() => SqlParameters.Time(clock.GetUtcNow());

    private static void Filter(DbCommand command, List<string> where, string condition, string name, object value)
    {
        where.Add(condition);
        SqlParameters.Bind(command, (name, value));
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex ReaderIdShape();


    [GeneratedRegex("^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex AccountShape();

    [GeneratedRegex("^[A-Za-z]{1,32}$")]
    private static partial Regex RoleShape();
}
