using System.Security.Cryptography;
using System.Text;

namespace MynaGate.Site.Backup;

/// <summary>
/// A backup's bytes sealed with a passphrase: PBKDF2-HMAC-SHA256 (600,000 iterations, 16-byte salt) derives an
/// AES-256-GCM key; the file is "MGBACKUP1\n", salt, nonce, tag, ciphertext. A wrong passphrase or a changed byte
/// fails the tag, so a restore never writes anything it could not authenticate.
/// </summary>
public static class BackupCipher
{
    public const int MinPassphraseLength = 12;
    private const int Iterations = 600_000;
    private static readonly byte[] Magic = "MGBACKUP1\n"u8.ToArray();

    public static byte[] Seal(ReadOnlySpan<byte> plain, string passphrase)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        byte[] sealedBytes = new byte[Magic.Length + salt.Length + nonce.Length + AesGcm.TagByteSizes.MaxSize + plain.Length];
        var output = sealedBytes.AsSpan();
        Magic.CopyTo(output);
        salt.CopyTo(output[Magic.Length..]);
        nonce.CopyTo(output[(Magic.Length + salt.Length)..]);
        int tagAt = Magic.Length + salt.Length + nonce.Length;
        byte[] key = Key(passphrase, salt);
        try
        {
            using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
            aes.Encrypt(nonce, plain, output[(tagAt + AesGcm.TagByteSizes.MaxSize)..], output.Slice(tagAt, AesGcm.TagByteSizes.MaxSize), Magic);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
        return sealedBytes;
    }

    /// <summary>The plain bytes; <see cref="BackupRefusedException"/> when the file is not a backup, or the passphrase or a byte is wrong.</summary>
    public static byte[] Open(ReadOnlySpan<byte> sealedBytes, string passphrase)
    {
        int header = Magic.Length + 16 + AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < header || !sealedBytes[..Magic.Length].SequenceEqual(Magic))
            throw new BackupRefusedException("The file is not a MynaGate backup.");
        var salt = sealedBytes.Slice(Magic.Length, 16);
        var nonce = sealedBytes.Slice(Magic.Length + 16, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.Slice(Magic.Length + 16 + AesGcm.NonceByteSizes.MaxSize, AesGcm.TagByteSizes.MaxSize);
        byte[] plain = new byte[sealedBytes.Length - header];
        byte[] key = Key(passphrase, salt);
        try
        {
            using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);
            aes.Decrypt(nonce, sealedBytes[header..], tag, plain, Magic);
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new BackupRefusedException("The passphrase is wrong, or the backup file was changed.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Key(string passphrase, ReadOnlySpan<byte> salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, Iterations, HashAlgorithmName.SHA256, 32);
}
