using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;
using MynaGate.Storage.Sql;

namespace MynaGate.Onshi.Store;

/// <summary>
/// The emulated national database: insured persons linked to user-auth certificate serials (as マイナ保険証の利用登録
/// links them), revoked certificates, registered terminals and reader devices, inquiries and consents. Plain SQL
/// that SQLite and PostgreSQL both accept; times are stored as ISO-8601 UTC text.
/// </summary>
public sealed class OnshiStore(DbDataSource dataSource)
{
    private readonly SqlWriteGate _writes = SqlWriteGate.For(dataSource);

    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS insured (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS certificate_links (certificate_serial TEXT NOT NULL, insured_id TEXT NOT NULL, status INTEGER NOT NULL, PRIMARY KEY (certificate_serial, insured_id))",
        "CREATE TABLE IF NOT EXISTS revocations (certificate_serial TEXT PRIMARY KEY, revoked_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS terminals (pin TEXT PRIMARY KEY, institution TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS devices (pin TEXT PRIMARY KEY, institution TEXT NOT NULL, registered_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS inquiries (reference_number TEXT PRIMARY KEY, institution TEXT NOT NULL, challenge_hash TEXT NOT NULL UNIQUE, status INTEGER NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS medical_subsidies (certificate_serial TEXT NOT NULL, municipality TEXT NOT NULL, record TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS pmh_municipalities (municipality TEXT PRIMARY KEY, joined_on TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS consents (reference_number TEXT NOT NULL, item TEXT NOT NULL, agreed INTEGER NOT NULL, answered_at TEXT NOT NULL, available_until TEXT, PRIMARY KEY (reference_number, item))",
    ];

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (string statement in Schema) await ExecuteAsync(statement, [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Links a certificate serial to an insured person with the status an inquiry returns.</summary>
    public async Task EnrolAsync(string certificateSerial, InsuredQualification insured, QualificationStatus status, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        await ExecuteAsync("INSERT INTO insured (id, record) VALUES (@id, @record)",
            [("id", id), ("record", JsonSerializer.Serialize(insured, LinkJson.Options))], cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("INSERT INTO certificate_links (certificate_serial, insured_id, status) VALUES (@serial, @id, @status)",
            [("serial", certificateSerial), ("id", id), ("status", (int)status)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets what a certificate serial is linked to (the records only it links to go with it).</summary>
    public async Task UnenrolAsync(string certificateSerial, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync("DELETE FROM insured WHERE id IN (SELECT insured_id FROM certificate_links WHERE certificate_serial = @serial)",
            [("serial", certificateSerial)], cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM certificate_links WHERE certificate_serial = @serial", [("serial", certificateSerial)], cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("DELETE FROM medical_subsidies WHERE certificate_serial = @serial", [("serial", certificateSerial)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a municipal 受給者証 to the holder of a certificate serial, as the municipality registers it with PMH.</summary>
    public Task AddMedicalSubsidyAsync(string certificateSerial, MedicalSubsidy subsidy, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO medical_subsidies (certificate_serial, municipality, record) VALUES (@serial, @municipality, @record)",
            [("serial", certificateSerial), ("municipality", subsidy.Municipality), ("record", JsonSerializer.Serialize(subsidy, LinkJson.Options))], cancellationToken);

    /// <summary>A municipality joins PMH from <paramref name="joinedOn"/>: from that day the hub answers with its 受給者証.</summary>
    public Task JoinPmhAsync(string municipality, DateOnly joinedOn, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO pmh_municipalities (municipality, joined_on) VALUES (@municipality, @on) ON CONFLICT (municipality) DO UPDATE SET joined_on = @on",
            [("municipality", municipality), ("on", joinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], cancellationToken);

    /// <summary>The 受給者証 of a certificate's holder from municipalities that had joined PMH by <paramref name="day"/>.</summary>
    public async Task<IReadOnlyList<MedicalSubsidy>> FindMedicalSubsidiesAsync(string certificateSerial, DateOnly day, CancellationToken cancellationToken = default)
    {
        // ISO dates compare as text in both SQLite and PostgreSQL
        await using var command = Command(
            "SELECT s.record FROM medical_subsidies s JOIN pmh_municipalities m ON m.municipality = s.municipality WHERE s.certificate_serial = @serial AND m.joined_on <= @day",
            [("serial", certificateSerial), ("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        var found = new List<MedicalSubsidy>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            found.Add(JsonSerializer.Deserialize<MedicalSubsidy>(reader.GetString(0), LinkJson.Options)!);
        return found;
    }

    public async Task<IReadOnlyList<(InsuredQualification Insured, QualificationStatus Status)>> FindByCertificateAsync(
        string certificateSerial, CancellationToken cancellationToken = default)
    {
        await using var command = Command(
            "SELECT i.record, l.status FROM certificate_links l JOIN insured i ON i.id = l.insured_id WHERE l.certificate_serial = @serial ORDER BY i.id",
            [("serial", certificateSerial)]);
        var found = new List<(InsuredQualification, QualificationStatus)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var insured = JsonSerializer.Deserialize<InsuredQualification>(reader.GetString(0), LinkJson.Options)!;
            found.Add((insured, (QualificationStatus)Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }
        return found;
    }

    public Task RevokeAsync(string certificateSerial, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO revocations (certificate_serial, revoked_at) VALUES (@serial, @at) ON CONFLICT DO NOTHING",
            [("serial", certificateSerial), ("at", SqlParameters.Time(at))], cancellationToken);

    public async Task<bool> IsRevokedAsync(string certificateSerial, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT COUNT(*) FROM revocations WHERE certificate_serial = @serial", [("serial", certificateSerial)], cancellationToken).ConfigureAwait(false) is { } n
        && Convert.ToInt64(n, CultureInfo.InvariantCulture) > 0;

    /// <summary>Registers a terminal's TLS client certificate for a 医療機関コード.</summary>
    public Task RegisterTerminalAsync(string pin, string institution, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO terminals (pin, institution) VALUES (@pin, @institution) ON CONFLICT (pin) DO UPDATE SET institution = @institution",
            [("pin", pin), ("institution", institution)], cancellationToken);

    public async Task<string?> FindInstitutionAsync(string terminalPin, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT institution FROM terminals WHERE pin = @pin", [("pin", terminalPin)], cancellationToken).ConfigureAwait(false) as string;

    public Task RegisterDeviceAsync(string pin, string institution, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("INSERT INTO devices (pin, institution, registered_at) VALUES (@pin, @institution, @at) ON CONFLICT (pin) DO UPDATE SET institution = @institution",
            [("pin", pin), ("institution", institution), ("at", SqlParameters.Time(at))], cancellationToken);

    public async Task<bool> IsDeviceRegisteredAsync(string pin, string institution, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT COUNT(*) FROM devices WHERE pin = @pin AND institution = @institution",
            [("pin", pin), ("institution", institution)], cancellationToken).ConfigureAwait(false) is { } n
        && Convert.ToInt64(n, CultureInfo.InvariantCulture) > 0;

    /// <summary>Records an inquiry; says so when its challenge was used before (a replay) or its reference number is another's.</summary>
    public async Task<InquiryRecording> TryRecordInquiryAsync(string referenceNumber, string institution, string challengeHash, QualificationStatus status,
        DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        int rows = await ExecuteAsync(
            "INSERT INTO inquiries (reference_number, institution, challenge_hash, status, created_at) VALUES (@ref, @institution, @challenge, @status, @at) ON CONFLICT DO NOTHING",
            [("ref", referenceNumber), ("institution", institution), ("challenge", challengeHash), ("status", (int)status), ("at", SqlParameters.Time(at))],
            cancellationToken).ConfigureAwait(false);
        if (rows == 1) return InquiryRecording.Recorded;
        // either unique column refused the row: only a challenge seen before is a replay
        bool replay = await ScalarAsync("SELECT COUNT(*) FROM inquiries WHERE challenge_hash = @challenge", [("challenge", challengeHash)], cancellationToken)
            .ConfigureAwait(false) is { } n && Convert.ToInt64(n, CultureInfo.InvariantCulture) > 0;
        return replay ? InquiryRecording.ChallengeUsed : InquiryRecording.ReferenceTaken;
    }

    public async Task<string?> FindInquiryInstitutionAsync(string referenceNumber, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT institution FROM inquiries WHERE reference_number = @ref", [("ref", referenceNumber)], cancellationToken).ConfigureAwait(false) as string;

    /// <summary>Stores consents once per inquiry; false when they were recorded before.</summary>
    public async Task<bool> TryRecordConsentsAsync(string referenceNumber, IReadOnlyList<RecordedConsent> consents, CancellationToken cancellationToken = default)
    {
        using var turn = await _writes.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await SqlDataSource.OpenForWritingAsync(dataSource, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var consent in consents)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO consents (reference_number, item, agreed, answered_at, available_until) VALUES (@ref, @item, @agreed, @at, @until) ON CONFLICT DO NOTHING";
            SqlParameters.Bind(command, [("ref", referenceNumber), ("item", consent.Item.ToString()), ("agreed", consent.Agreed ? 1 : 0),
                ("at", SqlParameters.Time(consent.AnsweredAt)), ("until", consent.AvailableUntil is { } until ? SqlParameters.Time(until) : null)]);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private DbCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = dataSource.CreateCommand(sql);
        SqlParameters.Bind(command, parameters);
        return command;
    }

    private async Task<int> ExecuteAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        using var turn = await _writes.EnterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await SqlDataSource.OpenForWritingAsync(dataSource, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        SqlParameters.Bind(command, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
