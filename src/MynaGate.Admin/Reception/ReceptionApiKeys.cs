using System.Security.Cryptography;
using System.Text;
using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Admin.Reception;

/// <summary>
/// The keys reception systems present to the reader API, kept as SHA-256 hashes (a key is 32 random bytes, so a fast
/// hash is enough where a password would need PBKDF2). A key is shown once, when it is made.
/// </summary>
public sealed class ReceptionApiKeys(string path)
{
    private readonly JsonFileStore<Dictionary<string, string>> _file = new(path, LinkJson.Options, ownerOnly: true);
    private readonly Lock _gate = new();

    /// <summary>Makes a key for <paramref name="name"/> (replacing its old one) and returns it.</summary>
    public string Create(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string key = "mgk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        lock (_gate)
        {
            var keys = Load();
            keys[name] = Hash(key);
            Save(keys);
        }
        return key;
    }

    /// <summary>The names of the systems that hold a key, in order.</summary>
    public IReadOnlyList<string> Names()
    {
        lock (_gate) return [.. Load().Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Revokes <paramref name="name"/>'s key at once; false when it has none.</summary>
    public bool Revoke(string name)
    {
        lock (_gate)
        {
            var keys = Load();
            if (!keys.Remove(name)) return false;
            Save(keys);
            return true;
        }
    }

    private void Save(Dictionary<string, string> keys) => _file.Save(keys);

    /// <summary>The name of the system holding <paramref name="key"/>, or null.</summary>
    public string? Identify(string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        byte[] presented = Convert.FromHexString(Hash(key));
        Dictionary<string, string> keys;
        lock (_gate) keys = Load();
        return keys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(k.Value), presented)).Key;
    }

    private Dictionary<string, string> Load() => _file.Load() ?? [];

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
