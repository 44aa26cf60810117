using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Personas;

namespace MynaGate.Card.Virtual.Issuing;

/// <summary>
/// Everything one virtual card holds: the persona, keys, certificates, the records as issued, and the retry
/// counters. Serialised as the card's state file so a card locked in one run stays locked in the next.
/// </summary>
public sealed record VirtualCardImage
{
    public required Persona Persona { get; init; }
    public required byte[] Atr { get; init; }
    public TokenType TokenType { get; init; } = TokenType.Card;

    /// <summary>Answer 61xx/6Cxx and serve data through GET RESPONSE, as a T=0 card does.</summary>
    public bool UseGetResponse { get; init; }

    public required byte[] AuthenticationKey { get; init; }
    public required byte[] SignatureKey { get; init; }
    public required byte[] CardApKey { get; init; }
    public required byte[] AuthenticationCertificate { get; init; }
    public required byte[] AuthenticationCaCertificate { get; init; }
    public required byte[] SignatureCertificate { get; init; }
    public required byte[] SignatureCaCertificate { get; init; }
    public required byte[] CardFaceRecord { get; init; }
    public required byte[] ApCertificate { get; init; }
    public required byte[] BasicFourInfoRecord { get; init; }
    /// <summary>The text AP's EF 0003 over EF 0001 and <see cref="BasicFourInfoRecord"/>; empty in a state file from before it existed.</summary>
    public byte[] TextIntegrityRecord { get; init; } = [];

    /// <summary>Remaining tries per key, by <see cref="KeyNames"/>.</summary>
    public Dictionary<string, int> Counters { get; init; } = [];

    public override string ToString() => "VirtualCardImage [redacted]";
}
