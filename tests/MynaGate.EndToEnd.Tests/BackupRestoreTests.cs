using MynaGate.Chain;
using MynaGate.Site.Backup;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Tests;

namespace MynaGate.EndToEnd.Tests;

/// <summary>A chain on fixed ports, as a site is, so a restored pairing points at the same addresses.</summary>
public sealed class BackupChainFixture : ChainFixture
{
    private readonly ChainPorts _ports = new(TestPorts.Next(), TestPorts.Next(), TestPorts.Next(), TestPorts.Next());

    protected override ChainOptions Options => base.Options with { Readers = 1, Ports = _ports };

    public async Task StopAsync() => await Chain.DisposeAsync();

    /// <summary>Starts the chain again on the same state folder and ports, as after a reinstall.</summary>
    public async Task StartAgainAsync() => Chain = await LocalChain.StartAsync(Options);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BackupChainGroup : ICollectionFixture<BackupChainFixture>
{
    public const string Name = "chain for backup and restore";
}

/// <summary>backup → the terminal's and readers' state wiped → restore → the site is paired as before and serves a patient.</summary>
[Collection(BackupChainGroup.Name)]
public sealed class BackupRestoreTests(BackupChainFixture fixture) : ChainTest<BackupChainFixture>(fixture)
{
    private const string Passphrase = "clinic backup passphrase";

    [Fact]
    public async Task A_site_restored_from_its_backup_onto_wiped_state_comes_back_paired_and_serves_the_next_patient()
    {
        string backup = Path.Combine(Path.GetTempPath(), "mynagate-site-" + Guid.NewGuid().ToString("N") + ".mgbackup");
        try
        {
            var paired = Assert.Single(Chain.Terminal.Readers).Reader;
            await ServeAPatientAsync(150);
            await Fixture.StopAsync();

            await SiteBackup.WriteAsync(Chain.Layout, Passphrase, backup, TextWriter.Null);
            // a fresh install: the terminal's and the reader's state and the configuration are gone (the national
            // service, the virtual cards and the Face folder are not the site's to restore)
            foreach (string folder in new[] { Chain.Layout.TerminalFolder, Path.Combine(Chain.Layout.StateDirectory, "readers"), Path.Combine(Chain.Layout.StateDirectory, "config") })
                Directory.Delete(folder, recursive: true);
            File.Delete(Path.Combine(Chain.Layout.StateDirectory, "site.json"));

            await Assert.ThrowsAsync<BackupRefusedException>(() => SiteBackup.RestoreAsync(Chain.Layout, "not the passphrase", backup, replace: false, TextWriter.Null));
            Assert.False(Directory.Exists(Chain.Layout.TerminalFolder), "a refused restore wrote the terminal's state");
            int restored = await SiteBackup.RestoreAsync(Chain.Layout, Passphrase, backup, replace: false, TextWriter.Null);
            Assert.True(restored >= 6, $"only {restored} files restored");

            await Fixture.StartAgainAsync();
            // paired without a new pairing: the reader shows no code and trusts the terminal it trusted before
            Assert.Null(Chain.Readers[0].Pairing.Code);
            var again = Assert.Single(Chain.Terminal.Readers).Reader;
            Assert.Equal(paired.ReaderId, again.ReaderId);
            Assert.Equal(paired.Pin.Sha256, again.Pin.Sha256);
            await ServeAPatientAsync(151);
        }
        finally
        {
            File.Delete(backup);
        }
    }

    private async Task ServeAPatientAsync(int seed)
    {
        var reader = Chain.Readers[0];
        var card = await Chain.CardAsync(seed, null);
        await reader.InsertAsync(card, seed, Faces.Genuine);
        await Drive.ChooseAsync(reader, AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(reader, card.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(reader, true, true, true, true);
        var outcome = await reader.NextOutcomeAsync(TimeSpan.FromSeconds(60));
        await reader.RemoveAsync();
        await reader.WaitForAsync(Reader.Flow.FlowState.Idle, Drive.Step);
        Assert.Null(outcome.ErrorCode);
        Assert.True(File.Exists(Path.Combine(Chain.FaceFolder, outcome.ResultFile!)));
    }
}
