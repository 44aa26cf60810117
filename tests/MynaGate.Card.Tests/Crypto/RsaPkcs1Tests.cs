using System.Security.Cryptography;
using MynaGate.Card.Crypto;

namespace MynaGate.Card.Tests.Crypto;

public sealed class RsaPkcs1Tests
{
    [Fact]
    public void Sign_over_a_SHA_256_DigestInfo_equals_the_PKCS_1_signature_of_dotnet()
    {
        using var rsa = RSA.Create(2048);
        byte[] message = "challenge"u8.ToArray();
        byte[] ours = RsaPkcs1.Sign(rsa.ExportParameters(true), DigestInfo.Sha256(message));
        byte[] theirs = rsa.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void Verify_tampered_signature_or_input_fails()
    {
        using var rsa = RSA.Create(2048);
        byte[] input = DigestInfo.WrapSha256Digest(new byte[96]);
        byte[] signature = RsaPkcs1.Sign(rsa.ExportParameters(true), input);
        Assert.True(RsaPkcs1.Verify(rsa.ExportParameters(false), input, signature));
        signature[10] ^= 1;
        Assert.False(RsaPkcs1.Verify(rsa.ExportParameters(false), input, signature));
        Assert.False(RsaPkcs1.Verify(rsa.ExportParameters(false), input, signature.AsSpan(1).ToArray()));
    }
}
