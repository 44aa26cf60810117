using System.Diagnostics;
using System.Globalization;
using System.Text;
using MynaGate.Chain;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Terminal.Logging;
using MynaGate.Tests;
using MynaGate.Tests.Databases;
using Npgsql;

namespace MynaGate.EndToEnd.Tests;

/// <summary>The chain with the national emulator's store and the terminal's log in PostgreSQL instead of SQLite.</summary>
public sealed class PostgresChainFixture : ChainFixture, IDisposable
{
    private readonly PostgresTestDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    protected override ChainOptions Options => base.Options with { Readers = 1, ConnectionString = _database.ConnectionString };

    // xunit disposes a fixture asynchronously (the chain) and then synchronously (the database)
    public void Dispose() => _database.Dispose();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresChainGroup : ICollectionFixture<PostgresChainFixture>
{
    public const string Name = "chain on postgresql";
}

[Collection(PostgresChainGroup.Name)]
public sealed class PostgresChainTests(PostgresChainFixture fixture) : ChainTest<PostgresChainFixture>(fixture)
{
    [Fact]
    public async Task A_session_is_recorded_in_postgresql_and_nowhere_else()
    {
        var chain = Fixture.Chain;
        var reader = chain.Readers[0];
        var card = await chain.CardAsync(453, Faces.ChipPhoto);
        Assert.True(PersonalValues.ScansShortValues(card.Image.Persona));
        await reader.InsertAsync(card, 453, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, true, true, false, true);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();

        Assert.Null(outcome.ErrorCode);
        Assert.True(File.Exists(Path.Combine(chain.FaceFolder, outcome.ResultFile!)));
        var log = await chain.Terminal.Log.ReadAsync();
        Assert.Contains(log, e => e.Event == TerminalEvent.ResultWritten && e.ReaderId == reader.Flow.ReaderId);

        await using var dataSource = NpgsqlDataSource.Create(Fixture.ConnectionString);
        Assert.Equal(4L, await ScalarAsync(dataSource, "SELECT count(*) FROM consents"));
        Assert.Equal(1L, await ScalarAsync(dataSource, "SELECT count(*) FROM inquiries"));
        Assert.True(await ScalarAsync(dataSource, "SELECT count(*) FROM events") >= 3, "the terminal's log is not in PostgreSQL");
        Assert.Empty(Directory.GetFiles(Fixture.StateDirectory, "*.db", SearchOption.AllDirectories));

        // a dump of the database holds none of the patient's values outside the national service's own record of them
        string dump = await DumpAsync(Fixture.ConnectionString, exceptTable: "insured");
        Assert.Contains("COPY public.events", dump, StringComparison.Ordinal);
        var leaks = PersonalValues.Leaks(Encoding.UTF8.GetBytes(dump), PersonalValues.Of(card.Image.Persona), "the PostgreSQL dump").ToList();
        Assert.True(leaks.Count == 0, string.Join("; ", leaks));
    }

    /// <summary>pg_dump's plain data dump of the database, as an operator's backup would hold it.</summary>
    private static async Task<string> DumpAsync(string connectionString, string exceptTable)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("pg_dump") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "--data-only", "--exclude-table", exceptTable, "--host", server.Host!, "--port", server.Port.ToString(CultureInfo.InvariantCulture),
            "--username", server.Username!, server.Database! })
            start.ArgumentList.Add(argument);
        if (server.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {error}");
        return await output;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
