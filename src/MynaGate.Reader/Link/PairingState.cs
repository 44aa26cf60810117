using System.Text.Json;
using MynaGate.Link.Identity;
using MynaGate.Link.Pairing;

namespace MynaGate.Reader.Link;

/// <summary>
/// Which terminal this reader trusts (its certificate pin, kept in the reader's state folder) and, while unpaired,
/// the one-time code shown on screen. Three wrong proofs spend the code and a new one is shown.
/// </summary>
public sealed class PairingState
{
    public const int AttemptsPerCode = 3;

    private readonly string _path;
    private readonly Lock _gate = new();
    private int _failures;

    public PairingState(string path)
    {
        _path = path;
        if (File.Exists(path)) PairedTerminal = CertificatePin.Parse(JsonSerializer.Deserialize<string>(File.ReadAllText(path))!);
        else Code = PairingProof.NewCode();
    }

    public CertificatePin? PairedTerminal { get; private set; }

    /// <summary>The code to show while unpaired; null once paired.</summary>
    public string? Code { get; private set; }

    public bool IsPaired => PairedTerminal is not null;

    /// <summary>Checks the terminal's proof; on success pins the terminal and returns the reader's own proof.</summary>
    public string? TryPair(CertificatePin reader, CertificatePin terminal, string proof)
    {
        lock (_gate)
        {
            if (Code is null) return null;
            if (!PairingProof.Verify(Code, PairingProof.TerminalRole, reader, terminal, proof))
            {
                if (++_failures >= AttemptsPerCode)
                {
                    Code = PairingProof.NewCode();
                    _failures = 0;
                }
                return null;
            }
            string answer = PairingProof.Compute(Code, PairingProof.ReaderRole, reader, terminal);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            File.WriteAllText(_path, JsonSerializer.Serialize(terminal.Sha256));
            PairedTerminal = terminal;
            Code = null;
            return answer;
        }
    }

    /// <summary>Forgets the terminal (a staff action on the reader) and shows a new code.</summary>
    public void Unpair()
    {
        lock (_gate)
        {
            File.Delete(_path);
            PairedTerminal = null;
            Code = PairingProof.NewCode();
            _failures = 0;
        }
    }
}
