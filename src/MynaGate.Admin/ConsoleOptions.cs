using System.Net;

namespace MynaGate.Admin;

/// <summary>Where the console listens and keeps its accounts and cookie keys.</summary>
public sealed record ConsoleOptions
{
    public required IPEndPoint Endpoint { get; init; }
    /// <summary>Serves HTTPS with this certificate; plain HTTP without one (loopback only: the terminal host refuses otherwise).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }
    /// <summary>The terminal's state folder: console-accounts.json and the cookie keys go here.</summary>
    public required string StateDirectory { get; init; }
    /// <summary>A signed-in session ends after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>A signed-in session ends after this long however active (a shift), and at sign-out or a password change.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(10);
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The host's logging, for ASP.NET Core's own warnings and errors; null logs nothing.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? Logs { get; init; }
}
