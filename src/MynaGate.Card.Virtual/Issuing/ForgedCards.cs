namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Cards an attacker could program from genuine parts, for the tests that prove the reader refuses them: each is
/// made of genuinely issued records and keys, put together wrongly.
/// </summary>
public static class ForgedCards
{
    /// <summary>
    /// One person's card-face and text APs (records, AP key, 照合番号B) with another person's JPKI (keys, certificates,
    /// PIN): the face and the card face match each other, and the certificate names someone else. The user-auth
    /// certificate is read without any PIN, so anyone who once held the other card near a phone has it.
    /// </summary>
    public static VirtualCardImage Spliced(VirtualCardImage cardFaceOf, VirtualCardImage jpkiOf)
    {
        ArgumentNullException.ThrowIfNull(cardFaceOf);
        return Assemble(jpkiOf, cardFaceOf, cardFaceOf.CardFaceRecord);
    }

    /// <summary>
    /// A card that is wholly its own but for the text AP's 基本4情報 and integrity record, copied from another card:
    /// genuinely signed, naming someone else than the card-face record does.
    /// </summary>
    public static VirtualCardImage ForeignText(VirtualCardImage card, VirtualCardImage textOf)
    {
        ArgumentNullException.ThrowIfNull(textOf);
        return Assemble(card, card, card.CardFaceRecord) with
        {
            BasicFourInfoRecord = textOf.BasicFourInfoRecord,
            TextIntegrityRecord = textOf.TextIntegrityRecord,
        };
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

    /// <summary>The JPKI side of <paramref name="jpki"/>, the card-face and text APs of <paramref name="cardFaceAp"/> (its persona included), and <paramref name="record"/>.</summary>
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
            BasicFourInfoRecord = cardFaceAp.BasicFourInfoRecord,
            TextIntegrityRecord = cardFaceAp.TextIntegrityRecord,
            CardApKey = cardFaceAp.CardApKey,
            CardFaceRecord = record,
            ApCertificate = cardFaceAp.ApCertificate,
            Counters = new Dictionary<string, int>(cardFaceAp.Counters),
        };
    }
}
