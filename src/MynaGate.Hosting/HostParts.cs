using System.Collections.Concurrent;

namespace MynaGate.Hosting;

/// <summary>
/// What a started host runs (its flow, its servers), by type, so an in-process observer — the test chain, through a
/// view of its own — can watch them without the hosted services exposing their parts. The programs never read it; it
/// holds references only, and a part is withdrawn when its host stops.
/// </summary>
public sealed class HostParts
{
    private readonly ConcurrentDictionary<Type, object> _parts = new();

    public void Publish<T>(T part) where T : class => _parts[typeof(T)] = part ?? throw new ArgumentNullException(nameof(part));

    public void Withdraw<T>() where T : class => _parts.TryRemove(typeof(T), out _);

    /// <summary>The running part of type <typeparamref name="T"/>; throws when the host runs none (not started, or stopped).</summary>
    public T Get<T>() where T : class =>
        _parts.TryGetValue(typeof(T), out object? part) ? (T)part : throw new InvalidOperationException($"The host runs no {typeof(T).Name}.");
}
