using MynaGate.Card.Virtual.Issuing;
using MynaGate.Chain;
using MynaGate.Link.Assertions;
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
        var face = await Chain.CardAsync(130, Faces.ChipPhoto);
        await Chain.Readers[0].InsertAsync(face, 130, Faces.Genuine);
        await Drive.ChooseAsync(Chain.Readers[0], AuthenticationMethod.Face);
        await Drive.AnswerConsentsAsync(Chain.Readers[0], true, true, true, true);
        Assert.Null((await Chain.Readers[0].NextOutcomeAsync(TimeSpan.FromSeconds(60))).ErrorCode);
        await Chain.Readers[0].RemoveAsync();

        var pin = await Chain.CardAsync(131, null);
        await Chain.Readers[1].InsertAsync(pin, 131, Faces.Genuine);
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
    }
}
