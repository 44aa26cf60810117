using System.Data.Common;
using System.Threading.Channels;
using MynaGate.Storage;

namespace MynaGate.Terminal.Logging;

/// <summary>
/// Writes the log's rows from one task, each batch of queued rows in one transaction: a caller only queues its row,
/// so a patient's session never waits for the log's disk, and sixteen readers' rows arriving together cost one commit
/// instead of sixteen in turn; on SQLite the commit waits for no fsync (see <see cref="SqlDataSource.OpenForWritingAsync"/>).
/// Being the file's only writer, it never meets SQLite's one-writer lock.
/// </summary>
internal sealed class LogRowWriter : IAsyncDisposable
{
    // bounds one transaction; a longer queue is simply written in several
    private const int MaxBatch = 256;

    private readonly DbDataSource _dataSource;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public LogRowWriter(DbDataSource dataSource)
    {
        _dataSource = dataSource;
        _loop = Task.Run(WriteQueuedAsync);
    }

    /// <summary>Queues one INSERT; false once the writer is stopping.</summary>
    public bool Queue(string sql, params (string Name, object? Value)[] parameters) =>
        _queue.Writer.TryWrite(new Pending(sql, parameters, null));

    /// <summary>Completes when every row queued before the call is written (or lost).</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite(new Pending(null, [], done)) ? done.Task : _loop;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await CommitAsync(batch.Where(p => p.Sql is not null).ToList()).ConfigureAwait(false);
            foreach (var pending in batch) pending.Flushed?.TrySetResult();
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> rows)
    {
        if (rows.Count == 0) return;
        try
        {
            await using var connection = await SqlDataSource.OpenForWritingAsync(_dataSource).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            foreach (var row in rows)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = row.Sql;
                SqlParameters.Bind(command, row.Parameters);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        // a log that cannot be written must not stop a patient's verification
        catch (DbException)
        {
        }
    }

    private sealed record Pending(string? Sql, (string Name, object? Value)[] Parameters, TaskCompletionSource? Flushed);
}
