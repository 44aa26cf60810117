using System.Buffers;
using System.Security.Cryptography;
using MynaGate.Card.Apdu;
using MynaGate.Card.Secrets;
using MynaGate.Card.Tlv;

namespace MynaGate.Card.Transport;

/// <summary>
/// ISO/IEC 7816-4 operations over a raw transport: 61xx is followed with GET RESPONSE, 6Cxx is re-sent with the
/// length the card asked for, and file reads are bounds-checked. A command that carries a secret (VERIFY with a PIN
/// or 照合番号) is sent exactly once: a card that answers it with 61xx or 6Cxx is broken or hostile, and re-sending
/// could cost the patient a try. Card applications build on this class.
/// </summary>
public sealed class CardSession
{
    /// <summary>Largest file this client will read; a header claiming more is treated as hostile.</summary>
    public const int MaxFileLength = 32767;

    // a card that keeps answering 61xx must not keep us in a loop
    private const int MaxResponseLength = 65536;

    private readonly ICardTransport _transport;
    private byte[]? _currentAid;

    public CardSession(ICardTransport transport) => _transport = transport;

    /// <summary>Number of APDUs sent through this session (GET RESPONSE and re-sends included).</summary>
    public int ApduCount { get; private set; }

    /// <summary>Bytes sent and received through this session.</summary>
    public long ByteCount { get; private set; }

    public ResponseApdu Transmit(CommandApdu command)
    {
        var response = TransmitOnce(command);
        if (response.StatusWord.CorrectLengthIndicated)
            response = TransmitOnce(command.WithNe(response.StatusWord.Sw2 == 0 ? 256 : response.StatusWord.Sw2));
        if (!response.StatusWord.MoreDataAvailable)
            return response;

        var collected = new List<byte>(response.Data);
        while (response.StatusWord.MoreDataAvailable)
        {
            int ne = response.StatusWord.Sw2 == 0 ? 256 : response.StatusWord.Sw2;
            response = TransmitOnce(new CommandApdu(0x00, 0xC0, 0x00, 0x00, ne: ne));
            collected.AddRange(response.Data);
            if (collected.Count > MaxResponseLength)
                throw new CardProtocolException("GET RESPONSE chain exceeds 65536 bytes.");
        }
        return new ResponseApdu([.. collected], response.StatusWord);
    }

    /// <summary>Sends a command carrying a secret once and returns its status; 61xx or 6Cxx is a protocol error, never a re-send.</summary>
    private StatusWord TransmitSecretOnce(CommandApdu command, string operation)
    {
        var sw = TransmitOnce(command).StatusWord;
        if (sw.MoreDataAvailable || sw.CorrectLengthIndicated)
            throw new CardProtocolException($"{operation} was answered {sw}, which asks for a re-send; a command carrying a secret is sent once.");
        return sw;
    }

    private ResponseApdu TransmitOnce(CommandApdu command)
    {
        int length = command.EncodedLength;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            command.Encode(buffer);
            byte[] raw = _transport.Transmit(buffer.AsSpan(0, length));
            ApduCount++;
            ByteCount += length + raw.Length;
            return ResponseApdu.Parse(raw);
        }
        finally
        {
            // the encoded command may hold a PIN or 照合番号
            CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>SELECT by DF name (AID), no FCI. Applications are always selected by AID, never via MF.</summary>
    public void SelectApplication(ReadOnlySpan<byte> aid)
    {
        if (!TrySelectApplication(aid))
            throw new CardStatusException($"SELECT application {Convert.ToHexString(aid)}", StatusWord.FileNotFound);
    }

    /// <summary>SELECT by AID; false when the card has no such application (6A82).</summary>
    public bool TrySelectApplication(ReadOnlySpan<byte> aid)
    {
        _currentAid = null;
        var sw = Transmit(new CommandApdu(0x00, 0xA4, 0x04, 0x0C, aid.ToArray())).StatusWord;
        if (sw == StatusWord.FileNotFound) return false;
        Ensure(sw, "SELECT application");
        _currentAid = aid.ToArray();
        return true;
    }

    /// <summary>Selects the application unless this session selected it last.</summary>
    public void EnsureApplication(ReadOnlySpan<byte> aid)
    {
        if (_currentAid is null || !aid.SequenceEqual(_currentAid)) SelectApplication(aid);
    }

    /// <summary>SELECT EF by file identifier within the current application.</summary>
    public void SelectFile(ushort fileId)
    {
        var sw = Transmit(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, new[] { (byte)(fileId >> 8), (byte)fileId })).StatusWord;
        Ensure(sw, $"SELECT EF {fileId:X4}");
    }

    /// <summary>
    /// One READ BINARY of the current EF. Returns fewer bytes than asked at the end of the file, and an empty array
    /// when the offset is at or past the end.
    /// </summary>
    public byte[] ReadBinary(int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, 0x7FFF);
        var response = Transmit(new CommandApdu(0x00, 0xB0, (byte)(offset >> 8), (byte)offset, ne: length));
        if (response.StatusWord == StatusWord.OffsetOutsideFile) return [];
        if (response.StatusWord == StatusWord.EndOfFileWarning) return response.Data;
        Ensure(response.StatusWord, "READ BINARY");
        if (response.Data.Length > length)
            throw new CardProtocolException($"READ BINARY returned {response.Data.Length} bytes for Le {length}.");
        return response.Data;
    }

    /// <summary>
    /// Reads the current EF whose content is one TLV object (certificates, records): the header in the first chunk
    /// says how long the file is, the rest is read in chunks. A short file is an error, not a partial result.
    /// </summary>
    public byte[] ReadTlvFile(string what)
    {
        byte[] first = ReadBinary(0, 256);
        if (!BerTlvReader.TryDecodeHeader(first, out _, out int headerLength, out int valueLength, out string? error))
            throw new CardProtocolException($"{what}: {error}");
        long total = (long)headerLength + valueLength;
        if (total > MaxFileLength)
            throw new CardProtocolException($"{what}: header claims {total} bytes, more than the {MaxFileLength} allowed.");

        var content = new byte[total];
        int have = Math.Min(first.Length, content.Length);
        first.AsSpan(0, have).CopyTo(content);
        while (have < total)
        {
            byte[] chunk = ReadBinary(have, (int)Math.Min(256, total - have));
            if (chunk.Length == 0)
                throw new CardProtocolException($"{what}: file ends after {have} of {total} bytes.");
            chunk.CopyTo(content, have);
            have += chunk.Length;
        }
        return content;
    }

    /// <summary>READ RECORD of the current EF (P2 = 04: record number in P1).</summary>
    public byte[] ReadRecord(byte record, int length)
    {
        var response = Transmit(new CommandApdu(0x00, 0xB2, record, 0x04, ne: length));
        Ensure(response.StatusWord, $"READ RECORD {record}");
        return response.Data;
    }

    /// <summary>GET CHALLENGE: <paramref name="length"/> random bytes from the card.</summary>
    public byte[] GetChallenge(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 256);
        var response = Transmit(new CommandApdu(0x00, 0x84, 0x00, 0x00, ne: length));
        Ensure(response.StatusWord, "GET CHALLENGE");
        if (response.Data.Length != length) throw new CardProtocolException($"GET CHALLENGE returned {response.Data.Length} bytes, not {length}.");
        return response.Data;
    }

    /// <summary>COMPUTE DIGITAL SIGNATURE (CLA 80 INS 2A P2 00) with the current application's own key, which needs no credential.</summary>
    public byte[] ComputeSignatureWithApplicationKey(byte scheme, ReadOnlySpan<byte> input)
    {
        var response = Transmit(new CommandApdu(0x80, 0x2A, scheme, 0x00, input.ToArray(), ne: 256));
        Ensure(response.StatusWord, "COMPUTE DIGITAL SIGNATURE (application key)");
        return response.Data;
    }

    /// <summary>Empty VERIFY on a key EF: reads the remaining tries without consuming one.</summary>
    public RetryStatus GetRetries(ushort keyFileId)
    {
        SelectFile(keyFileId);
        var sw = Transmit(new CommandApdu(0x00, 0x20, 0x00, 0x80)).StatusWord;
        if (sw.RetriesRemaining is int n) return RetryStatus.Tries(n);
        if (sw == StatusWord.AuthenticationBlocked) return RetryStatus.Blocked;
        if (sw == StatusWord.NoRetryLimit) return RetryStatus.Unlimited;
        if (sw.IsSuccess) return RetryStatus.AlreadyVerified;
        throw new CardStatusException($"VERIFY (retries) {keyFileId:X4}", sw);
    }

    /// <summary>VERIFY with data on a key EF. Called once per user entry; never retried automatically.</summary>
    public VerifyResult Verify(ushort keyFileId, CardSecret secret)
    {
        SelectFile(keyFileId);
        var sw = TransmitSecretOnce(new CommandApdu(0x00, 0x20, 0x00, 0x80, secret.Ascii), $"VERIFY {keyFileId:X4}");
        if (sw.IsSuccess) return VerifyResult.Verified;
        if (sw.RetriesRemaining is int n) return n == 0 ? VerifyResult.Blocked : VerifyResult.Incorrect(n);
        if (sw == StatusWord.AuthenticationBlocked) return VerifyResult.Blocked;
        throw new CardStatusException($"VERIFY {keyFileId:X4}", sw);
    }

    /// <summary>COMPUTE DIGITAL SIGNATURE (JICSAP, CLA 80 INS 2A) with the key EF selected first.</summary>
    public byte[] ComputeSignature(ushort keyFileId, byte scheme, ReadOnlySpan<byte> input)
    {
        SelectFile(keyFileId);
        var response = Transmit(new CommandApdu(0x80, 0x2A, scheme, 0x80, input.ToArray(), ne: 256));
        Ensure(response.StatusWord, "COMPUTE DIGITAL SIGNATURE");
        return response.Data;
    }

    private static void Ensure(StatusWord sw, string operation)
    {
        if (!sw.IsSuccess) throw new CardStatusException(operation, sw);
    }
}
