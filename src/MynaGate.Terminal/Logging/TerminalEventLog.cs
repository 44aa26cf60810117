using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using MynaGate.Onshi.Store;

namespace MynaGate.Terminal.Logging;

/// <summary>
/// The terminal's operation and error log in SQLite or PostgreSQL: time, reader, typed event, error code. Reader ids
/// and error codes are checked against their shapes, so free text cannot be smuggled in through them.
/// </summary>
public sealed partial class TerminalEventLog(DbDataSource dataSource, TimeProvider clock)
{
    private readonly SqlWriteGate _writes = SqlWriteGate.For(dataSource);

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "CREATE TABLE IF NOT EXISTS events (at TEXT NOT NULL, reader TEXT, event TEXT NOT NULL, error_code TEXT)");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync(TerminalEvent what, string? readerId = null, string? errorCode = null)
    {
        if (readerId is not null && !ReaderIdShape().IsMatch(readerId)) throw new ArgumentException("Not a reader id.", nameof(readerId));
        if (errorCode is not null && !ErrorCodeShape().IsMatch(errorCode)) throw new ArgumentException("Not an error code.", nameof(errorCode));
        await using var command = dataSource.CreateCommand("INSERT INTO events (at, reader, event, error_code) VALUES (@at, @reader, @event, @code)");
        Add(command, "at", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Add(command, "reader", readerId);
        Add(command, "event", what.ToString());
        Add(command, "code", errorCode);
        // a log that cannot be written must not stop a patient's verification
        try
        {
            using var turn = await _writes.EnterAsync().ConfigureAwait(false);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (DbException)
        {
        }
    }

    public async Task<IReadOnlyList<TerminalLogEntry>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT at, reader, event, error_code FROM events ORDER BY at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<TerminalLogEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new TerminalLogEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                Enum.Parse<TerminalEvent>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return entries;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex ReaderIdShape();

    [GeneratedRegex("^[A-Z][0-9]{3}$")]
    private static partial Regex ErrorCodeShape();
}
