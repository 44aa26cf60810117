using System.Security.Cryptography;
using System.Text;
using MynaGate.Link.Identity;
using MynaGate.Link.Messages;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Agreement.JPake;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace MynaGate.Link.Pairing;

/// <summary>
/// One side of a pairing: J-PAKE (RFC 8236, BouncyCastle) over the reader's one-time code, then key confirmation
/// over a key derived from J-PAKE's keying material and both TLS certificate pins.
/// <para>
/// Why J-PAKE: each side proves knowledge of the code without anything in the transcript that lets a guess be tested
/// offline, so a man in the middle who relays or joins an attempt gets one online guess per attempt, which the reader
/// rate-limits. Why the pins: a relay terminates TLS on both sides, so the reader and the terminal see different pins,
/// derive different confirmation keys, and the confirmations fail even when the code was right.
/// </para>
/// </summary>
public sealed class PairingParty
{
    public const string ReaderId = "mynagate-reader";
    public const string TerminalId = "mynagate-terminal";

    /// <summary>Bound on a hex big integer on the wire: a 3072-bit group element is 768 digits.</summary>
    private const int MaxHexDigits = 800;

    private static readonly byte[] KeyLabel = Encoding.ASCII.GetBytes("MynaGate-Pairing-v2");

    private readonly JPakeParticipant _participant;
    private readonly string _partnerId;
    private BigInteger? _confirmationKey;

    /// <param name="isReader">Which side this is; the other side's participant id is the other one.</param>
    /// <param name="code">The code shown on the reader's screen (on the terminal: what the staff typed).</param>
    public PairingParty(bool isReader, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        char[] password = code.ToCharArray();
        // the participant keeps its own copy of the password and clears it once the keying material is calculated
        _participant = new JPakeParticipant(isReader ? ReaderId : TerminalId, password, JPakePrimeOrderGroups.NIST_3072,
            new Sha256Digest(), new SecureRandom());
        Array.Clear(password);
        _partnerId = isReader ? TerminalId : ReaderId;
        // made at once: J-PAKE needs this side's round 1 before it can check the partner's
        var payload = _participant.CreateRound1PayloadToSend();
        Round1 = new JPakeRound1(payload.ParticipantId, Hex(payload.Gx1), Hex(payload.Gx2),
            [.. payload.KnowledgeProofForX1.Select(Hex)], [.. payload.KnowledgeProofForX2.Select(Hex)]);
    }

    /// <summary>This side's round 1.</summary>
    public JPakeRound1 Round1 { get; }

    /// <summary>Checks the partner's round 1 and answers with this side's round 2.</summary>
    /// <exception cref="PairingRefusedException">The message is malformed, out of order, or its proofs do not verify.</exception>
    public JPakeRound2 AcceptRound1(JPakeRound1 round1)
    {
        ArgumentNullException.ThrowIfNull(round1);
        Checked(() => _participant.ValidateRound1PayloadReceived(new JPakeRound1Payload(Partner(round1.ParticipantId),
            Parse(round1.Gx1), Parse(round1.Gx2), ParseProof(round1.ProofX1), ParseProof(round1.ProofX2))));
        var payload = _participant.CreateRound2PayloadToSend();
        return new JPakeRound2(payload.ParticipantId, Hex(payload.A), [.. payload.KnowledgeProofForX2s.Select(Hex)]);
    }

    /// <summary>Checks the partner's round 2 and derives the confirmation key from the keying material and both pins.</summary>
    /// <param name="round2">The partner's round 2.</param>
    /// <param name="reader">The reader's TLS certificate pin as this side saw it on this connection.</param>
    /// <param name="terminal">The terminal's TLS certificate pin as this side saw it on this connection.</param>
    /// <exception cref="PairingRefusedException">The message is malformed, out of order, or its proof does not verify.</exception>
    public void AcceptRound2(JPakeRound2 round2, CertificatePin reader, CertificatePin terminal)
    {
        ArgumentNullException.ThrowIfNull(round2);
        Checked(() =>
        {
            _participant.ValidateRound2PayloadReceived(new JPakeRound2Payload(Partner(round2.ParticipantId), Parse(round2.A), ParseProof(round2.ProofX2s)));
            byte[] keying = _participant.CalculateKeyingMaterial().ToByteArrayUnsigned();
            byte[] bound = [.. KeyLabel, .. keying, .. Encoding.ASCII.GetBytes(reader.Sha256), .. Encoding.ASCII.GetBytes(terminal.Sha256)];
            _confirmationKey = new BigInteger(1, SHA256.HashData(bound));
            CryptographicOperations.ZeroMemory(keying);
            CryptographicOperations.ZeroMemory(bound);
            // made now: J-PAKE makes this side's confirmation before it checks the partner's
            Confirmation = Hex(_participant.CreateRound3PayloadToSend(_confirmationKey).MacTag);
        });
    }

    /// <summary>This side's key confirmation, once round 2 is accepted: RFC 8236's MacTag over the transcript, keyed by the pin-bound key.</summary>
    public string? Confirmation { get; private set; }

    /// <summary>True when the partner derived the same key: the same code, and the same two certificates on both sides.</summary>
    public bool VerifyConfirmation(string? confirmation)
    {
        try
        {
            if (_confirmationKey is null) return false;
            _participant.ValidateRound3PayloadReceived(new JPakeRound3Payload(_partnerId, Parse(confirmation)), _confirmationKey);
            return true;
        }
        catch (Exception e) when (e is CryptoException or PairingRefusedException or InvalidOperationException)
        {
            return false;
        }
    }

    private string Partner(string participantId) =>
        participantId == _partnerId ? participantId : throw new PairingRefusedException("The partner named itself wrongly.");

    private static void Checked(Action step)
    {
        try
        {
            step();
        }
        catch (CryptoException e)
        {
            throw new PairingRefusedException("A pairing message did not verify.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new PairingRefusedException("A pairing message came out of order.", e);
        }
    }

    private static string Hex(BigInteger value) => value.ToString(16);

    // BouncyCastle's MacTag is a signed big integer, so a leading minus is allowed
    private static BigInteger Parse(string? hex)
    {
        string digits = hex is ['-', .. var rest] ? rest : hex ?? "";
        if (digits is not { Length: > 0 and <= MaxHexDigits } || !digits.All(char.IsAsciiHexDigit))
            throw new PairingRefusedException("A pairing message holds a malformed number.");
        return new BigInteger(hex, 16);
    }

    private static BigInteger[] ParseProof(string[]? proof) =>
        proof is { Length: 2 } ? [Parse(proof[0]), Parse(proof[1])] : throw new PairingRefusedException("A pairing message holds a malformed proof.");
}
