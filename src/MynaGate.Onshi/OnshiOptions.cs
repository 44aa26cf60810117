using System.Security.Cryptography.X509Certificates;

namespace MynaGate.Onshi;

/// <summary>How the emulator runs: where it listens, its TLS identity, the CA it trusts and its store.</summary>
public sealed record OnshiOptions
{
    /// <summary>The SQLite store's file in the emulator's state folder (Onshi:StateDirectory).</summary>
    public const string DatabaseFileName = "onshi.db";

    public required X509Certificate2 ServerCertificate { get; init; }

    /// <summary>The host's logging, for ASP.NET Core's own warnings and errors; null logs nothing.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? Logs { get; init; }

    /// <summary>The user-auth CA of the test JPKI authority that issued the virtual cards.</summary>
    public required X509Certificate2 AuthenticationCa { get; init; }

    /// <summary>PostgreSQL connection string; null or empty for SQLite in <see cref="SqliteFile"/>.</summary>
    public string? ConnectionString { get; init; }

    public required string SqliteFile { get; init; }

    /// <summary>The address it listens on: loopback unless the service is on its own machine.</summary>
    public System.Net.IPAddress Address { get; init; } = System.Net.IPAddress.Loopback;

    /// <summary>Port; 0 picks a free one (tests).</summary>
    public int Port { get; init; }

    /// <summary>Added before every qualification and consent answer, to play a slow national service.</summary>
    public TimeSpan ResponseDelay { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
