using MynaGate.Card.Virtual.Issuing;
using MynaGate.Onshi.Contract.Assertions;
using MynaGate.Tests;

namespace MynaGate.EndToEnd.Tests;

/// <summary>
/// After a set of sessions, no personal value of any persona used, in any format (<see cref="PersonalValues"/>), may
/// appear in any file the chain wrote — logs, stores, identities, temporary files — except the national service's own database, the virtual cards themselves,
/// and the result XML, which carries the qualification (name, kana, address, birth date) and nothing more.
/// </summary>
[Collection(ChainGroup.Name)]
public sealed class PersonalDataScanTests(ChainFixture fixture) : ChainTest<ChainFixture>(fixture)
{

    [Fact]
    public async Task No_personal_value_appears_where_it_should_not()
    {
        var face = await Chain.CardAsync(167, Faces.ChipPhoto);
        var pin = await Chain.CardAsync(310, null);
        Assert.True(PersonalValues.ScansShortValues(face.Image.Persona) && PersonalValues.ScansShortValues(pin.Image.Persona));
        await Chain.Readers[0].InsertAsync(face, 167, Faces.Genuine);
        await Drive.ChooseAsync(Chain.Readers[0], AuthenticationMethod.Face);
        await Drive.AnswerConsentsAsync(Chain.Readers[0], true, true, true, true);
        Assert.Null((await Chain.Readers[0].NextOutcomeAsync(TimeSpan.FromSeconds(60))).ErrorCode);
        await Chain.Readers[0].RemoveAsync();

        await Chain.Readers[1].InsertAsync(pin, 310, Faces.Genuine);
        await Drive.ChooseAsync(Chain.Readers[1], AuthenticationMethod.Pin);
        await Drive.EnterPinAsync(Chain.Readers[1], pin.Image.Persona.Pin);
        await Drive.AnswerConsentsAsync(Chain.Readers[1], false, true, false, true);
        Assert.Null((await Chain.Readers[1].NextOutcomeAsync(TimeSpan.FromSeconds(60))).ErrorCode);
        await Chain.Readers[1].RemoveAsync();
        await Chain.Terminal.Log.ReadAsync(); // a read waits for the log's queued rows, so they are in its files when scanned

        var personas = Directory.GetFiles(Chain.Provisioner.StateDirectory, "card-*.json", SearchOption.AllDirectories)
            .Select(path => VirtualCardStore.Load(path).Persona).ToList();
        Assert.True(personas.Count >= 2);
        string cards = Chain.Provisioner.StateDirectory + Path.DirectorySeparatorChar;
        string nationalStore = Path.Combine(Fixture.StateDirectory, "onshi") + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(Fixture.StateDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(cards, StringComparison.Ordinal) && !(f.StartsWith(nationalStore, StringComparison.Ordinal) && Path.GetFileName(f).StartsWith("onshi.db", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("terminal-log.db", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith('.'));

        var leaks = new List<string>();
        foreach (string file in files)
        {
            byte[] content = File.ReadAllBytes(file);
            bool resultXml = file.StartsWith(Chain.FaceFolder, StringComparison.Ordinal);
            foreach (var (persona, index) in personas.Select((p, i) => (p, i)))
                leaks.AddRange(PersonalValues.Leaks(content, PersonalValues.Of(persona, qualificationAllowed: resultXml), $"{Path.GetRelativePath(Fixture.StateDirectory, file)} (persona #{index})"));
        }
        Assert.True(leaks.Count == 0, string.Join("; ", leaks));

        // what support receives: every entry of the bundle, uncompressed, against every value of every persona
        string bundle = Path.Combine(Path.GetTempPath(), "mynagate-support-" + Guid.NewGuid().ToString("N")[..8] + ".zip");
        try
        {
            await Site.Support.SupportBundle.WriteAsync(Chain.Layout, MynaGate.Chain.DemoSite.Defaults, 7, bundle, TextWriter.Null);
            using var zip = System.IO.Compression.ZipFile.OpenRead(bundle);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("versions.txt", names);
            Assert.Contains("doctor.jsonl", names);
            Assert.Contains("config/mynagate-terminal.json", names);
            Assert.Contains("terminal/paired-readers.json", names);
            Assert.Contains("log.csv", names);
            Assert.Contains("sessions.csv", names);
            Assert.DoesNotContain(names, n => n.EndsWith(".db", StringComparison.Ordinal) || n.EndsWith(".pfx", StringComparison.Ordinal)
                || n.EndsWith(".xml", StringComparison.Ordinal) || n.Contains("account", StringComparison.Ordinal));
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var content = new MemoryStream();
                await stream.CopyToAsync(content);
                foreach (var (persona, index) in personas.Select((p, i) => (p, i)))
                    leaks.AddRange(PersonalValues.Leaks(content.ToArray(), PersonalValues.Of(persona), $"support bundle {entry.FullName} (persona #{index})"));
                if (entry.FullName == "sessions.csv")
                    Assert.True(System.Text.Encoding.UTF8.GetString(content.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length >= 3, "both sessions are in the bundle");
            }
            Assert.True(leaks.Count == 0, string.Join("; ", leaks));
        }
        finally
        {
            File.Delete(bundle);
        }
    }
}
