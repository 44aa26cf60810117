namespace MynaGate.Card.Virtual.Engine;

/// <summary>An elementary file in a virtual application. Short EF identifiers are the low 5 bits of the FID.</summary>
internal abstract class CardFile(ushort id)
{
    public ushort Id { get; } = id;
    public int ShortId => Id & 0x1F;
}

/// <summary>A transparent EF, readable when any of <see cref="ReadKeys"/> is verified (or always, when empty).</summary>
internal sealed class BinaryFile(ushort id, byte[] content, params string[] readKeys) : CardFile(id)
{
    public byte[] Content { get; } = content;
    public string[] ReadKeys { get; } = readKeys;
}

/// <summary>A record EF (共通AP card info).</summary>
internal sealed class RecordFile(ushort id, params byte[][] records) : CardFile(id)
{
    public byte[][] Records { get; } = records;
}

/// <summary>
/// A key reference (PIN, password, 照合番号): compared in constant time, with its retry counter kept in the card image
/// under <see cref="CounterName"/>. A null value is a key that was never set or is blocked for good.
/// </summary>
internal sealed class KeyFile(ushort id, string counterName, byte[]? value) : CardFile(id)
{
    public string CounterName { get; } = counterName;
    public byte[]? Value { get; } = value;
}

/// <summary>A private key usable by COMPUTE DIGITAL SIGNATURE once any of <see cref="UseKeys"/> is verified.</summary>
internal sealed class PrivateKeyFile(ushort id, byte[] pkcs8, params string[] useKeys) : CardFile(id)
{
    public byte[] Pkcs8 { get; } = pkcs8;
    public string[] UseKeys { get; } = useKeys;
}

/// <summary>A DF selected by AID, with its EFs.</summary>
internal sealed class CardApplication(byte[] aid, params CardFile[] files)
{
    public byte[] Aid { get; } = aid;
    public IReadOnlyDictionary<ushort, CardFile> Files { get; } = files.ToDictionary(f => f.Id);

    public CardFile? FindByShortId(int shortId) => Files.Values.FirstOrDefault(f => f.ShortId == shortId);
}
