using System.Data.Common;
using System.Threading.Channels;
using MynaGate.Storage.Sql;

namespace MynaGate.Terminal.Logging;

/// <summary>
/// Writes the log's rows from one task, each batch of queued rows in one transaction: a caller only queues its row,
/// so a patient's session never waits for the log's disk, and sixteen readers' rows arriving together cost one commit
/// instead of sixteen in turn; on SQLite the commit waits for no fsync (see <see cref="SqlDataSource.OpenForWritingAsync"/>).
/// Being the file's only writer, it never meets SQLite's one-writer lock. The queue is bounded and a failed batch is
/// tried again a few times; rows that still cannot be written are counted and reported, never dropped in silence.
/// </summary>
internal sealed class LogRowWriter : IAsyncDisposable
{
    // bounds one transaction; a longer queue is simply written in several
    private const int MaxBatch = 256;
    // some minutes of a busy clinic's rows; beyond it the database has been failing for a while and rows are counted lost
    private const int MaxQueued = 10_000;
    private static readonly TimeSpan[] RetryPauses = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];
    private long _lost;

    private readonly DbDataSource _dataSource;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(MaxQueued)
    {
        SingleReader = true, FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Task _loop;

    public LogRowWriter(DbDataSource dataSource)
    {
        _dataSource = dataSource;
        _loop = Task.Run(WriteQueuedAsync);
    }

    /// <summary>Rows that could not be written (the queue was full, or every try failed), since start.</summary>
    public long LostRows => Interlocked.Read(ref _lost);

    /// <summary>Raised with the number of rows lost and why, each time rows are lost.</summary>
    public event Action<int, string>? RowsLost;

    /// <summary>Queues one INSERT; false (and the row counted lost) when the queue is full or the writer is stopping.</summary>
    public bool Queue(string sql, params (string Name, object? Value)[] parameters)
    {
        if (_queue.Writer.TryWrite(new Pending(sql, parameters, null))) return true;
        Lose(1, "queue full");
        return false;
    }

    /// <summary>Completes when every row queued before the call is written (or lost).</summary>
    public async Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            // a full queue makes room as the writer drains it; waiting on the writer's loop instead would wait until stop
            await _queue.Writer.WriteAsync(new Pending(null, [], done)).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            await _loop.ConfigureAwait(false);
            return;
        }
        await done.Task.ConfigureAwait(false);
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
        for (int attempt = 0; ; attempt++)
        {
            // a log that cannot be written must not stop a patient's verification: the rows wait here, not the callers
            try
            {
                await TryCommitAsync(rows).ConfigureAwait(false);
                return;
            }
            catch (DbException) when (attempt < RetryPauses.Length)
            {
                await Task.Delay(RetryPauses[attempt]).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                Lose(rows.Count, e.GetType().Name);
                return;
            }
        }
    }

    private void Lose(int rows, string why)
    {
        Interlocked.Add(ref _lost, rows);
        RowsLost?.Invoke(rows, why);
    }

    private async Task TryCommitAsync(List<Pending> rows)
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

    private sealed record Pending(string? Sql, (string Name, object? Value)[] Parameters, TaskCompletionSource? Flushed);
}
