using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Issuing;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Card.Virtual;

/// <summary>
/// Finds or issues the virtual card for a seed under a state folder: the test authority in <c>jpki-ca/</c>, each card
/// in <c>cards/card-SEED.json</c> (a holder's phone in <c>cards/android-SEED.json</c> or <c>iphone-SEED.json</c>, beside
/// their card). File names carry only the seed, never personal values.
/// </summary>
public sealed class VirtualCardProvisioner
{
    /// <param name="authorityDirectory">The test authority that issues the cards: <c>jpki-ca/</c> in the state folder unless
    /// another is named (a national-service emulator's own, which accepts only the cards it issued).</param>
    public VirtualCardProvisioner(string stateDirectory, string? authorityDirectory = null)
    {
        StateDirectory = Path.GetFullPath(stateDirectory);
        AuthorityDirectory = Path.GetFullPath(authorityDirectory ?? Path.Combine(StateDirectory, "jpki-ca"));
    }

    /// <summary>MYNAGATE_STATE, or <c>.state</c> in the working folder.</summary>
    public static VirtualCardProvisioner FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } dir ? dir : ".state");

    public string StateDirectory { get; }

    public string AuthorityDirectory { get; }

    public string CardPath(int seed, VirtualCardKind kind = VirtualCardKind.Card) => Path.Combine(StateDirectory, "cards", kind switch
    {
        VirtualCardKind.Android => $"android-{seed}.json",
        VirtualCardKind.IPhone => $"iphone-{seed}.json",
        _ => $"card-{seed}.json",
    });

    /// <summary>
    /// A face photo from ../shared/datasets (MYNAGATE_SHARED, set by ./mynagate) for a persona seed, or null when
    /// the dataset is not beside us and a synthetic photo will do.
    /// </summary>
    public static string? DatasetPhoto(int seed)
    {
        string? shared = Environment.GetEnvironmentVariable("MYNAGATE_SHARED");
        if (string.IsNullOrEmpty(shared)) return null;
        string folder = Path.Combine(shared, "datasets", "deepface-unit");
        if (!Directory.Exists(folder)) return null;
        var photos = Directory.GetFiles(folder, "img*.jpg").Order(StringComparer.Ordinal).ToArray();
        return photos.Length == 0 ? null : photos[Math.Abs(seed) % photos.Length];
    }

    public TestJpkiAuthority LoadAuthority() => TestJpkiAuthority.LoadOrCreate(AuthorityDirectory);

    /// <summary>Loads the card for <paramref name="seed"/>, issuing it first when it does not exist yet.</summary>
    public VirtualMyNumberCard LoadOrIssue(int seed, string? photoJpeg = null, bool useGetResponse = false)
    {
        string path = CardPath(seed);
        // a state file from before the text AP's integrity record existed is issued again: that card cannot pass the face path
        if (!File.Exists(path) || VirtualCardStore.Load(path).TextIntegrityRecord.Length == 0) Save(path, Issue(seed, photoJpeg, useGetResponse));
        return VirtualMyNumberCard.Load(path);
    }

    /// <summary>Issues a fresh card for <paramref name="seed"/>, replacing any earlier one (and its counters).</summary>
    public VirtualMyNumberCard Reissue(int seed, string? photoJpeg = null, bool useGetResponse = false, VirtualCardKind kind = VirtualCardKind.Card)
    {
        string path = CardPath(seed, kind);
        Save(path, Issue(seed, photoJpeg, useGetResponse, kind));
        return VirtualMyNumberCard.Load(path);
    }

    private VirtualCardImage Issue(int seed, string? photoJpeg, bool useGetResponse, VirtualCardKind kind = VirtualCardKind.Card)
    {
        var persona = PersonaGenerator.Generate(seed) with { HasPin = kind != VirtualCardKind.PinLess };
        using var authority = LoadAuthority();
        var token = kind switch
        {
            VirtualCardKind.Android => TokenType.Android,
            VirtualCardKind.IPhone => TokenType.IPhone,
            _ => TokenType.Card,
        };
        // a phone's keys and certificates are its own, issued apart from the card's
        return VirtualCardIssuer.Issue(persona, VirtualCardIssuer.DefaultImages(persona, seed, photoJpeg), authority, useGetResponse, token);
    }

    private static void Save(string path, VirtualCardImage image) => VirtualCardStore.Save(path, image);
}
