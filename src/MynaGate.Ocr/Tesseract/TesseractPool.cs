using System.Collections.Concurrent;

namespace MynaGate.Ocr.Tesseract;

/// <summary>
/// Tesseract engines set up once and lent to one thread at a time (initialising a language takes far longer than a
/// field read). Engines are created on demand, one per concurrent borrower, and kept for reuse.
/// </summary>
public sealed class TesseractPool : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<TesseractEngine>> _idle = new(StringComparer.Ordinal);
    private readonly string _dataPath;
    private bool _disposed;

    public TesseractPool(string? dataPath = null) => _dataPath = dataPath ?? TesseractEngine.DefaultDataPath;

    /// <summary>An engine for <paramref name="language"/>; dispose the lease to give it back.</summary>
    public Lease Rent(string language)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var bag = _idle.GetOrAdd(language, _ => []);
        return new Lease(this, bag.TryTake(out var engine) ? engine : TesseractEngine.Create(language, _dataPath));
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var bag in _idle.Values)
        {
            while (bag.TryTake(out var engine))
            {
                engine.Dispose();
            }
        }
    }

    private void Return(TesseractEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
            return;
        }

        _idle.GetOrAdd(engine.Language, _ => []).Add(engine);
    }

    /// <summary>A borrowed engine.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly TesseractPool _pool;

        internal Lease(TesseractPool pool, TesseractEngine engine)
        {
            _pool = pool;
            Engine = engine;
        }

        public TesseractEngine Engine { get; }

        public void Dispose() => _pool.Return(Engine);
    }
}
