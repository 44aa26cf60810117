using MynaGate.Reader.Cards;

namespace MynaGate.Reader.Flow;

/// <summary>
/// The last step of every session: the patient's data is wiped first, then the card is released. The release talks to
/// pcscd and a slot that has just failed can make it throw; the wipe must not depend on it.
/// </summary>
internal static class SessionRelease
{
    public static void WipeThenRelease(PatientSession session, PlacedCard card)
    {
        try
        {
            session.Dispose();
        }
        finally
        {
            card.Dispose();
        }
    }
}
