namespace MynaGate.Site;

/// <summary>
/// Which machine the site tool checks. The installed tool ships in one program's folder and takes that program's role
/// from the launcher beside it; the developer's tool checks the whole demo chain on one machine.
/// </summary>
public enum SiteRole
{
    /// <summary>Every program on this machine: the demo, or a test site.</summary>
    Whole,

    /// <summary>A reader unit: card slot, cameras, models, its own pairing.</summary>
    Reader,

    /// <summary>The eligibility terminal: the Face folder, the national service, its readers.</summary>
    Terminal,

    /// <summary>The national-service emulator of a test site.</summary>
    NationalServiceEmulator,
}
