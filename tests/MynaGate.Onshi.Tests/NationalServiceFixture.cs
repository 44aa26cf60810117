using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Onshi.Proofs;
using MynaGate.Onshi.Service;
using MynaGate.Onshi.Store;
using MynaGate.Storage.Sql;
using MynaGate.Tests.Databases;

namespace MynaGate.Onshi.Tests;

/// <summary>A test authority, a store (SQLite in a temporary folder, or a fresh PostgreSQL database), and services on a clock the test sets.</summary>
public class NationalServiceFixture : IDisposable
{
    public const string Institution = "1311111111";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mynagate-onshi-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly PostgresTestDatabase? _postgres;

    public NationalServiceFixture() : this(postgres: false)
    {
    }

    protected NationalServiceFixture(bool postgres)
    {
        _postgres = postgres ? new PostgresTestDatabase() : null;
        Authority = TestJpkiAuthority.LoadOrCreate(Path.Combine(_folder, "ca"));
        Store = new OnshiStore(SqlDataSource.Open(_postgres?.ConnectionString, Path.Combine(_folder, "onshi.db")));
        Store.EnsureSchemaAsync().GetAwaiter().GetResult();
    }

    public TestJpkiAuthority Authority { get; }
    public OnshiStore Store { get; }

    public QualificationService Service(TimeProvider clock) =>
        new(Store, new CardCertificateValidator(Authority.AuthenticationCa, Store, clock), new PresenceProofVerifier(Store), clock);

    /// <summary>A card key and its user-auth certificate valid for a year; a smartphone's when <paramref name="smartphone"/>.</summary>
    public (RSA Key, X509Certificate2 Certificate) Card(bool smartphone = false)
    {
        var key = RSA.Create(2048);
        return (key, Authority.IssueAuthenticationCertificate(key, DateTimeOffset.UtcNow.AddYears(1), smartphone));
    }

    public void Dispose()
    {
        Authority.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _postgres?.Dispose();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with the store in PostgreSQL.</summary>
public sealed class PostgresNationalServiceFixture() : NationalServiceFixture(postgres: true);

/// <summary>A clock standing at a chosen instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
