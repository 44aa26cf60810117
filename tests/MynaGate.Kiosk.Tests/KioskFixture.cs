using MynaGate.Chain;
using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Kiosk.Tests;

/// <summary>The kiosk alone: two consent screens, no 目視確認, no paper mode.</summary>
public sealed class KioskFixture : ChainBrowserFixture
{
    protected override ChainOptions Options(string stateDirectory) => new()
    {
        StateDirectory = stateDirectory,
        Readers = 1,
        Kiosks = true,
        Kiosk = new KioskOptions { DebugMode = true, Voice = false },
        Flow = new FlowOptions
        {
            Consents = [ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation],
            ReadCardFaceOnPlacement = false,
            InputTimeout = TimeSpan.FromSeconds(30),
        },
    };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KioskGroup : ICollectionFixture<KioskFixture>
{
    public const string Name = "kiosk";
}
