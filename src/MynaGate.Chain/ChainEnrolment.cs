using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Onshi.Seeding;
using MynaGate.Onshi.Store;
using MynaGate.Storage.Sql;

namespace MynaGate.Chain;

/// <summary>Registers a virtual card's holder with the national-service emulator, as a tester seeds a test service.</summary>
public static class ChainEnrolment
{
    /// <summary>Today in Japan, the date the national service answers with.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    public static async Task EnrolAsync(OnshiStore store, VirtualMyNumberCard card, int seed, EnrolmentScenario scenario = EnrolmentScenario.Insured)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var certificate = X509CertificateLoader.LoadCertificate(card.Image.AuthenticationCertificate);
        await OnshiEnrolment.EnrolAsync(store, certificate, seed, Today, scenario).ConfigureAwait(false);
    }

    /// <summary>Enrols through the emulator's SQLite file, beside a running emulator (WAL) or before it starts.</summary>
    public static async Task EnrolAsync(string onshiDatabase, VirtualMyNumberCard card, int seed, EnrolmentScenario scenario = EnrolmentScenario.Insured)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(onshiDatabase))!);
        await using var source = SqlDataSource.Open(null, onshiDatabase);
        var store = new OnshiStore(source);
        await store.EnsureSchemaAsync().ConfigureAwait(false);
        await EnrolAsync(store, card, seed, scenario).ConfigureAwait(false);
    }
}
