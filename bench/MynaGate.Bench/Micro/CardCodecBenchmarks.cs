using BenchmarkDotNet.Attributes;
using MynaGate.Card.Apdu;
using MynaGate.Card.Tlv;

namespace MynaGate.Bench.Micro;

/// <summary>The card layer's codecs on the sizes a session sees: a command APDU, a full response, a nested TLV file.</summary>
[MemoryDiagnoser]
public class CardCodecBenchmarks
{
    private readonly CommandApdu _readBinary = new(0x00, 0xB0, 0x00, 0x00, ne: 256);
    private readonly byte[] _commandBuffer = new byte[8];
    private readonly byte[] _response = [.. Enumerable.Range(0, 256).Select(i => (byte)i), 0x90, 0x00];
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup() =>
        // a constructed record of twelve fields and a 2 KB leaf, the shape of the card-face and certificate files
        _file = new BerTlvWriter().WriteConstructed(0x30, inner =>
        {
            for (uint tag = 0x81; tag < 0x8D; tag++) inner.Write(tag, new byte[24]);
            inner.Write(0x5F37, new byte[2048]);
        }).ToArray();

    [Benchmark]
    public int EncodeCommand() => _readBinary.Encode(_commandBuffer);

    [Benchmark]
    public int ParseResponse() => ResponseApdu.Parse(_response).Data.Length;

    [Benchmark]
    public int WalkTlv()
    {
        var outer = new BerTlvReader(_file).ReadElement();
        var reader = new BerTlvReader(outer.Value);
        int total = 0;
        while (reader.HasData) total += reader.ReadElement().Value.Length;
        return total;
    }
}
