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
        return Assemble(jpkiOf, cardFaceOf, cardFaceOf.CardFaceRecord);
    }

    /// <summary>
    /// A card that is wholly its own but for the card-face record, copied from another card (whose record names that
    /// card's AP key, not this one's).
    /// </summary>
    public static VirtualCardImage ReplayedRecord(VirtualCardImage card, VirtualCardImage recordOf)
    {
        ArgumentNullException.ThrowIfNull(recordOf);
        return Assemble(card, card, recordOf.CardFaceRecord);
    }

    /// <summary>The JPKI side of <paramref name="jpki"/>, the card-face AP of <paramref name="cardFaceAp"/> (its persona included), and <paramref name="record"/>.</summary>
    private static VirtualCardImage Assemble(VirtualCardImage jpki, VirtualCardImage cardFaceAp, byte[] record)
    {
        ArgumentNullException.ThrowIfNull(jpki);
        ArgumentNullException.ThrowIfNull(cardFaceAp);
        return new VirtualCardImage
        {
            Persona = cardFaceAp.Persona,
            Atr = jpki.Atr,
            TokenType = jpki.TokenType,
            UseGetResponse = jpki.UseGetResponse,
            AuthenticationKey = jpki.AuthenticationKey,
            SignatureKey = jpki.SignatureKey,
            AuthenticationCertificate = jpki.AuthenticationCertificate,
            AuthenticationCaCertificate = jpki.AuthenticationCaCertificate,
            SignatureCertificate = jpki.SignatureCertificate,
            SignatureCaCertificate = jpki.SignatureCaCertificate,
            BasicFourInfoRecord = jpki.BasicFourInfoRecord,
            CardApKey = cardFaceAp.CardApKey,
            CardFaceRecord = record,
            ApCertificate = cardFaceAp.ApCertificate,
            Counters = new Dictionary<string, int>(cardFaceAp.Counters),
        };
    }
}
