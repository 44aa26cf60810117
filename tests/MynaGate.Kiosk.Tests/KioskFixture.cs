using MynaGate.Chain;
using MynaGate.Onshi.Contract;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Kiosk.Tests;

/// <summary>The kiosk alone: two consent screens, no 目視確認, no paper mode, a smartphones' reader.</summary>
public sealed class KioskFixture : ChainBrowserFixture
{
    protected override ChainOptions Options(string stateDirectory) => new()
    {
        StateDirectory = stateDirectory,
        Readers = 1,
        // a smartphones' reader beside it (R32): the idle screen offers スマートフォン
        SmartphoneReaders = true,
        Kiosk = new KioskOptions { DebugMode = true, Voice = false },
        Flow = new FlowOptions
        {
            LivePreview = true,
            Consents = [ConsentItem.PharmacyInformation, ConsentItem.DiagnosisAndOperation],
            // the paths tested here end at the consents; the current set and the prescription choice have their own tests
            PrescriptionChoice = false,
            ReadCardFaceOnPlacement = false,
            // longer than any step of a test on a loaded CI machine: a patient's inactivity must never end a test's session
            InputTimeout = TimeSpan.FromSeconds(120),
        },
    };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KioskGroup : ICollectionFixture<KioskFixture>
{
    public const string Name = "kiosk";
}
