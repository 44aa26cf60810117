namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Cards an attacker could program from genuine parts, for the tests that prove the reader refuses them: each is
/// made of genuinely issued records and keys, put together wrongly.
/// </summary>
public static class ForgedCards
{
    /// <summary>
    /// One person's card-face AP (record, AP key, 照合番号B) with another person's JPKI (keys, certificates, PIN): the
    /// face and the card face match each other, and the certificate names someone else.
    /// </summary>
    public static VirtualCardImage Spliced(VirtualCardImage cardFaceOf, VirtualCardImage jpkiOf)
    {
        ArgumentNullException.ThrowIfNull(cardFaceOf);
        ArgumentNullException.ThrowIfNull(jpkiOf);
        return new VirtualCardImage
        {
            Persona = cardFaceOf.Persona,
            Atr = jpkiOf.Atr,
            TokenType = jpkiOf.TokenType,
            UseGetResponse = jpkiOf.UseGetResponse,
            AuthenticationKey = jpkiOf.AuthenticationKey,
            SignatureKey = jpkiOf.SignatureKey,
            AuthenticationCertificate = jpkiOf.AuthenticationCertificate,
            AuthenticationCaCertificate = jpkiOf.AuthenticationCaCertificate,
            SignatureCertificate = jpkiOf.SignatureCertificate,
            SignatureCaCertificate = jpkiOf.SignatureCaCertificate,
            BasicFourInfoRecord = jpkiOf.BasicFourInfoRecord,
            CardApKey = cardFaceOf.CardApKey,
            CardFaceRecord = cardFaceOf.CardFaceRecord,
            ApCertificate = cardFaceOf.ApCertificate,
            Counters = new Dictionary<string, int>(cardFaceOf.Counters),
        };
    }

    /// <summary>
    /// A card that is wholly its own but for the card-face record, copied from another card (whose record names that
    /// card's AP key, not this one's).
    /// </summary>
    public static VirtualCardImage ReplayedRecord(VirtualCardImage card, VirtualCardImage recordOf)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(recordOf);
        return new VirtualCardImage
        {
            Persona = card.Persona,
            Atr = card.Atr,
            TokenType = card.TokenType,
            UseGetResponse = card.UseGetResponse,
            AuthenticationKey = card.AuthenticationKey,
            SignatureKey = card.SignatureKey,
            AuthenticationCertificate = card.AuthenticationCertificate,
            AuthenticationCaCertificate = card.AuthenticationCaCertificate,
            SignatureCertificate = card.SignatureCertificate,
            SignatureCaCertificate = card.SignatureCaCertificate,
            BasicFourInfoRecord = card.BasicFourInfoRecord,
            CardApKey = card.CardApKey,
            CardFaceRecord = recordOf.CardFaceRecord,
            ApCertificate = card.ApCertificate,
            Counters = new Dictionary<string, int>(card.Counters),
        };
    }
}
