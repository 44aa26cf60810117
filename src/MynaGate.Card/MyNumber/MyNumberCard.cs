using MynaGate.Card.Transport;

namespace MynaGate.Card.MyNumber;

/// <summary>
/// A My Number Card on a connected reader. The card is recognised by selecting its applications by AID, never by
/// ATR (several ATRs exist in the field) and never through SELECT MF, which answers 6A86 or silently does nothing
/// on this card (spec §1.1).
/// </summary>
public sealed class MyNumberCard
{
    private MyNumberCard(CardSession session, bool hasText, bool hasCommon)
    {
        Session = session;
        Jpki = new JpkiApplication(session);
        CardFace = new CardFaceApplication(session);
        Text = hasText ? new TextApplication(session) : null;
        Common = hasCommon ? new CommonApplication(session) : null;
    }

    public CardSession Session { get; }
    public JpkiApplication Jpki { get; }
    public CardFaceApplication CardFace { get; }
    public TextApplication? Text { get; }
    public CommonApplication? Common { get; }

    /// <summary>Probes the applications; throws <see cref="NotMyNumberCardException"/> when JPKI-AP or 券面事項確認AP is missing.</summary>
    public static MyNumberCard Open(ICardTransport transport)
    {
        var session = new CardSession(transport);
        bool hasCommon = session.TrySelectApplication(CommonApplication.Aid);
        bool hasText = session.TrySelectApplication(TextApplication.Aid);
        bool hasCardFace = session.TrySelectApplication(CardFaceApplication.Aid);
        bool hasJpki = session.TrySelectApplication(JpkiApplication.Aid);
        if (!hasJpki || !hasCardFace)
            throw new NotMyNumberCardException(hasJpki ? "券面事項確認AP is missing." : "JPKI-AP is missing.");
        return new MyNumberCard(session, hasText, hasCommon);
    }

    /// <summary>
    /// The JPKI-AP of a token that may hold nothing else — a smartphone's スマホ用電子証明書 (R32); throws
    /// <see cref="NotMyNumberCardException"/> when JPKI-AP is missing. <see cref="JpkiApplication.ReadTokenType"/> tells what it is.
    /// </summary>
    public static JpkiApplication OpenJpki(ICardTransport transport)
    {
        var session = new CardSession(transport);
        if (!session.TrySelectApplication(JpkiApplication.Aid)) throw new NotMyNumberCardException("JPKI-AP is missing.");
        return new JpkiApplication(session);
    }
}
