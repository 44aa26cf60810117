using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MynaGate.Admin.Accounts;

/// <summary>
/// The console's signed-in sessions, held by the server: the cookie names a session, and a session that was ended
/// (sign-out, a password change of its account) or has lived <see cref="Lifetime"/> is refused however valid the
/// cookie still looks. Lost at a restart, which signs everyone out.
/// </summary>
public sealed class ConsoleSessions(TimeSpan lifetime, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Account, DateTimeOffset Started)> _sessions = new(StringComparer.Ordinal);

    /// <summary>The longest a session lasts, active or not.</summary>
    public TimeSpan Lifetime => lifetime;

    public string Start(string account)
    {
        string id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = (account, clock.GetUtcNow());
        return id;
    }

    /// <summary>Whether <paramref name="id"/> is a live session of <paramref name="account"/>; an expired one is ended here.</summary>
    public bool IsLive(string? id, string? account)
    {
        if (id is null || !_sessions.TryGetValue(id, out var session)) return false;
        if (clock.GetUtcNow() - session.Started >= lifetime)
        {
            _sessions.TryRemove(id, out _);
            return false;
        }
        return session.Account == account;
    }

    public void End(string? id)
    {
        if (id is not null) _sessions.TryRemove(id, out _);
    }

    /// <summary>Ends every session of <paramref name="account"/> (its password changed).</summary>
    public void EndAll(string account)
    {
        foreach (var (id, session) in _sessions)
        {
            if (session.Account == account) _sessions.TryRemove(id, out _);
        }
    }
}
