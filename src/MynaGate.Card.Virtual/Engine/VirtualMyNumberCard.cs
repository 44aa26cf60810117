using System.Security.Cryptography;
using MynaGate.Card.Apdu;
using MynaGate.Card.Crypto;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Card.Virtual.Engine;

/// <summary>
/// A My Number Card in software: answers APDUs with the AP/EF tree, security state and retry counters of the real
/// card (spec §1). Security state lives until power-off or reset; retry counters are saved to the state file on every
/// change, so a blocked card stays blocked across runs. One APDU at a time.
/// </summary>
public sealed class VirtualMyNumberCard : IVirtualCard
{
    private readonly VirtualCardImage _image;
    private readonly string? _stateFile;
    private readonly IReadOnlyList<CardApplication> _applications;
    private readonly HashSet<string> _verified = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private CardApplication? _currentApplication;
    private CardFile? _currentFile;
    private byte[] _pendingResponse = [];

    /// <param name="stateFile">Where counter changes are saved; null keeps them in memory only.</param>
    public VirtualMyNumberCard(VirtualCardImage image, string? stateFile = null)
    {
        _image = image;
        _stateFile = stateFile;
        _applications = CardFileTree.Build(image);
    }

    public static VirtualMyNumberCard Load(string stateFile) => new(VirtualCardStore.Load(stateFile), stateFile);

    public VirtualCardImage Image => _image;

    /// <summary>
    /// An iPhone's holder answering the phone's own prompt (Face ID or passcode) when it is asked to sign with the
    /// user-auth key: true confirms, false declines (6982). Unset, the holder confirms. Called inside the command, as
    /// the phone holds its answer until its holder has answered.
    /// </summary>
    public Func<bool>? HolderConfirms { get; set; }

    public byte[] Atr => _image.Atr;

    public bool IsPowered { get; private set; }

    /// <summary>
    /// How often the card was powered on. pcscd powers a token on when it finds it and off again about 0.4 s later
    /// when no client uses it, so a wait for "found" watches this count, which a slow poll cannot miss, not
    /// <see cref="IsPowered"/>.
    /// </summary>
    public int PowerOns => Volatile.Read(ref _powerOns);

    private int _powerOns;

    /// <summary>Power on (or warm reset): returns the ATR; security state and selection start empty.</summary>
    public byte[] PowerOn()
    {
        lock (_lock)
        {
            ClearVolatileState();
            IsPowered = true;
            Interlocked.Increment(ref _powerOns);
            return _image.Atr;
        }
    }

    public void PowerOff()
    {
        lock (_lock)
        {
            ClearVolatileState();
            IsPowered = false;
        }
    }

    /// <summary>Processes one command APDU and returns the response APDU (data + SW).</summary>
    public byte[] Process(ReadOnlySpan<byte> apdu)
    {
        lock (_lock)
        {
            if (!IsPowered) return Sw(StatusWord.ConditionsNotSatisfied);
            if (!DecodedCommand.TryDecode(apdu, out var command)) return Sw(StatusWord.WrongLength);
            if (command.Ins != 0xC0) _pendingResponse = [];
            return (command.Cla, command.Ins) switch
            {
                (0x00, 0xA4) => Select(command),
                (0x00, 0xB0) => ReadBinary(command),
                (0x00, 0xB2) => ReadRecord(command),
                (0x00, 0x20) => Verify(command),
                (0x00, 0x84) => GetChallenge(command),
                (0x00, 0xC0) => GetResponse(command),
                (0x80, 0x2A) => ComputeDigitalSignature(command),
                (0x00 or 0x80, _) => Sw(StatusWord.InstructionNotSupported),
                _ => Sw(StatusWord.ClassNotSupported),
            };
        }
    }

    private byte[] Select(DecodedCommand command)
    {
        if (command.P2 is not (0x0C or 0x00)) return Sw(StatusWord.WrongP1P2);
        switch (command.P1)
        {
            case 0x04:
                CardApplication? application = null;
                foreach (var candidate in _applications)
                    if (candidate.Aid.AsSpan().SequenceEqual(command.Data)) application = candidate;
                if (application is null) return Sw(StatusWord.FileNotFound);
                _currentApplication = application;
                _currentFile = null;
                return Sw(StatusWord.Success);
            case 0x02:
                if (command.Data.Length != 2) return Sw(StatusWord.WrongLength);
                ushort fid = (ushort)((command.Data[0] << 8) | command.Data[1]);
                if (_currentApplication is null || !_currentApplication.Files.TryGetValue(fid, out var file))
                    return Sw(StatusWord.FileNotFound);
                _currentFile = file;
                return Sw(StatusWord.Success);
            default:
                // SELECT MF (P1 00) is refused, as the real card does after reset (spec §1.1)
                return Sw(StatusWord.WrongP1P2);
        }
    }

    private byte[] ReadBinary(DecodedCommand command)
    {
        int offset;
        CardFile? target;
        if ((command.P1 & 0x80) != 0)
        {
            if ((command.P1 & 0x60) != 0) return Sw(StatusWord.WrongP1P2);
            target = _currentApplication?.FindByShortId(command.P1 & 0x1F);
            if (target is null) return Sw(StatusWord.FileNotFound);
            _currentFile = target;
            offset = command.P2;
        }
        else
        {
            target = _currentFile;
            if (target is null) return Sw(StatusWord.NoCurrentEf);
            offset = (command.P1 << 8) | command.P2;
        }
        if (target is not BinaryFile file) return Sw(StatusWord.CommandIncompatible);
        if (!IsSatisfied(file.ReadKeys)) return Sw(StatusWord.SecurityStatusNotSatisfied);
        if (command.Ne == 0) return Sw(StatusWord.WrongLength);
        if (offset >= file.Content.Length) return Sw(StatusWord.OffsetOutsideFile);
        int available = Math.Min(command.Ne, file.Content.Length - offset);
        if (available < command.Ne && _image.UseGetResponse && !command.IsExtended)
            return Sw(new StatusWord(0x6C, (byte)available));
        var data = file.Content.AsSpan(offset, available);
        return available < command.Ne ? Respond(data, StatusWord.EndOfFileWarning) : Respond(data, StatusWord.Success);
    }

    private byte[] ReadRecord(DecodedCommand command)
    {
        CardFile? target;
        if (command.P2 == 0x04) target = _currentFile;
        else if ((command.P2 & 0x07) == 0x04) target = _currentApplication?.FindByShortId(command.P2 >> 3);
        else return Sw(StatusWord.WrongP1P2);
        if (target is null) return Sw(command.P2 == 0x04 ? StatusWord.NoCurrentEf : StatusWord.FileNotFound);
        if (target is not RecordFile file) return Sw(StatusWord.CommandIncompatible);
        if (command.P1 < 1 || command.P1 > file.Records.Length) return Sw(StatusWord.RecordNotFound);
        byte[] record = file.Records[command.P1 - 1];
        if (command.Ne != 0 && command.Ne < record.Length) return Sw(new StatusWord(0x6C, (byte)record.Length));
        return Respond(record, StatusWord.Success);
    }

    private byte[] Verify(DecodedCommand command)
    {
        if (command.P1 != 0x00) return Sw(StatusWord.WrongP1P2);
        CardFile? target;
        if (command.P2 == 0x80) target = _currentFile;
        else if ((command.P2 & 0xE0) == 0x80) target = _currentApplication?.FindByShortId(command.P2 & 0x1F);
        else return Sw(StatusWord.WrongP1P2);
        if (target is null) return Sw(command.P2 == 0x80 ? StatusWord.NoCurrentEf : StatusWord.FileNotFound);
        if (target is not KeyFile key) return Sw(StatusWord.CommandIncompatible);

        int remaining = key.Value is null ? 0 : _image.Counters.GetValueOrDefault(key.CounterName, 0);
        if (command.Data.IsEmpty)
        {
            // retry query: consumes nothing; a key never set (PIN-less card, text AP 0012) reads 63C0 like a blocked one
            return Sw(new StatusWord(0x63, (byte)(0xC0 | Math.Min(remaining, 15))));
        }
        if (key.Value is null || remaining == 0) return Sw(StatusWord.AuthenticationBlocked);
        if (command.Data.Length != key.Value.Length) return Sw(StatusWord.WrongLength);

        if (CryptographicOperations.FixedTimeEquals(command.Data, key.Value))
        {
            SetCounter(key.CounterName, KeyNames.Limits[key.CounterName]);
            _verified.Add(key.CounterName);
            return Sw(StatusWord.Success);
        }
        _verified.Remove(key.CounterName);
        SetCounter(key.CounterName, remaining - 1);
        return Sw(new StatusWord(0x63, (byte)(0xC0 | (remaining - 1))));
    }

    private byte[] ComputeDigitalSignature(DecodedCommand command)
    {
        CardFile? target;
        if (command.P2 == 0x80) target = _currentFile;
        else if ((command.P2 & 0xE0) == 0x80) target = _currentApplication?.FindByShortId(command.P2 & 0x1F);
        else if (command.P2 == 0x00) target = _currentApplication?.Files.Values.OfType<PrivateKeyFile>().FirstOrDefault(k => k.UseKeys.Length == 0);
        else return Sw(StatusWord.WrongP1P2);
        if (target is null) return Sw(StatusWord.FileNotFound);
        if (target is not PrivateKeyFile keyFile) return Sw(StatusWord.CommandIncompatible);
        if (!IsSatisfied(keyFile.UseKeys)) return Sw(StatusWord.SecurityStatusNotSatisfied);
        if (command.Data.IsEmpty) return Sw(StatusWord.WrongLength);
        if (_image.TokenType == TokenType.IPhone && keyFile.Id == JpkiApplication.AuthenticationKeyFile && HolderConfirms?.Invoke() == false)
            return Sw(StatusWord.SecurityStatusNotSatisfied);

        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(keyFile.Pkcs8, out _);
        var input = command.Data;
        // P1 schemes as established on a real card (spec §1.3)
        byte[]? signature = command.P1 switch
        {
            0x00 when input.Length <= 245 => RsaPkcs1.Sign(rsa.ExportParameters(true), input),
            0x01 when input.Length <= 255 => RsaPkcs1.Sign(rsa.ExportParameters(true), SHA256.HashData(input)),
            0x02 when input.Length == 32 => RsaPkcs1.Sign(rsa.ExportParameters(true), DigestInfo.WrapSha256Digest(input)),
            0x03 when input.Length <= 255 => RsaPkcs1.Sign(rsa.ExportParameters(true), DigestInfo.Sha256(input)),
            0x04 when input.Length == 32 => rsa.SignHash(input.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            0x05 => rsa.SignData(input.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            0x00 or 0x01 or 0x02 or 0x03 or 0x04 => null,
            _ => [],
        };
        if (signature is null) return Sw(StatusWord.WrongLength);
        if (signature.Length == 0) return Sw(StatusWord.WrongP1P2);
        return Respond(signature, StatusWord.Success);
    }

    private byte[] GetChallenge(DecodedCommand command)
    {
        if (command.P1 != 0 || command.P2 != 0) return Sw(StatusWord.WrongP1P2);
        if (command.Ne is 0 or > 256) return Sw(StatusWord.WrongLength);
        return Respond(RandomNumberGenerator.GetBytes(command.Ne), StatusWord.Success);
    }

    private byte[] GetResponse(DecodedCommand command)
    {
        if (_pendingResponse.Length == 0) return Sw(StatusWord.ConditionsNotSatisfied);
        int take = Math.Min(command.Ne == 0 ? 256 : command.Ne, _pendingResponse.Length);
        byte[] part = _pendingResponse[..take];
        _pendingResponse = _pendingResponse[take..];
        var sw = _pendingResponse.Length == 0 ? StatusWord.Success : new StatusWord(0x61, (byte)Math.Min(_pendingResponse.Length, 255));
        return [.. part, sw.Sw1, sw.Sw2];
    }

    /// <summary>In GET RESPONSE mode data is announced with 61xx and fetched separately, as over T=0.</summary>
    private byte[] Respond(ReadOnlySpan<byte> data, StatusWord sw)
    {
        if (_image.UseGetResponse && !data.IsEmpty && sw.IsSuccess)
        {
            _pendingResponse = data.ToArray();
            return Sw(new StatusWord(0x61, (byte)Math.Min(data.Length, 255)));
        }
        return [.. data, sw.Sw1, sw.Sw2];
    }

    private bool IsSatisfied(string[] anyOf) => anyOf.Length == 0 || anyOf.Any(_verified.Contains);

    private void SetCounter(string name, int value)
    {
        if (_image.Counters.TryGetValue(name, out int old) && old == value) return;
        _image.Counters[name] = value;
        if (_stateFile is not null) VirtualCardStore.Save(_stateFile, _image);
    }

    private void ClearVolatileState()
    {
        _verified.Clear();
        _currentApplication = null;
        _currentFile = null;
        _pendingResponse = [];
    }

    private static byte[] Sw(StatusWord sw) => [sw.Sw1, sw.Sw2];
}
