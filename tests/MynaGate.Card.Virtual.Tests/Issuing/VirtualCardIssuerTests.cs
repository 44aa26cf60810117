using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.Virtual.Issuing;

namespace MynaGate.Card.Virtual.Tests.Issuing;

public sealed class VirtualCardIssuerTests(TestCardFactory factory) : IClassFixture<TestCardFactory>
{
    [Fact]
    public void Issue_certificates_chain_to_the_test_ca()
    {
        var image = factory.Issue(21).Image;
        using var certificate = X509CertificateLoader.LoadCertificate(image.AuthenticationCertificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(factory.Authority.AuthenticationCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(certificate));
        Assert.Equal(2048, certificate.GetRSAPublicKey()!.KeySize);
    }

    [Fact]
    public void Issue_photo_is_jpeg_2000()
    {
        var image = factory.Issue(22).Image;
        int index = image.CardFaceRecord.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20]);
        Assert.True(index > 0);
    }

    [Fact]
    public void Store_round_trips_the_image()
    {
        var image = factory.Issue(23).Image;
        string path = factory.StateFile(23);
        VirtualCardStore.Save(path, image);
        var loaded = VirtualCardStore.Load(path);
        Assert.Equal(image.Persona, loaded.Persona);
        Assert.Equal(image.CardFaceRecord, loaded.CardFaceRecord);
        Assert.Equal(image.Counters, loaded.Counters);
    }

    [Fact]
    public void Store_corrupt_file_is_a_clear_error()
    {
        string path = factory.StateFile(24);
        File.WriteAllText(path, "{ not json");
        Assert.Throws<InvalidDataException>(() => VirtualCardStore.Load(path));
    }

    [Fact]
    public void Authority_reloads_the_same_ca()
    {
        string directory = Directory.CreateTempSubdirectory("mynagate-ca-").FullName;
        try
        {
            string thumbprint;
            using (var first = TestJpkiAuthority.LoadOrCreate(directory)) thumbprint = first.AuthenticationCa.Thumbprint;
            using var second = TestJpkiAuthority.LoadOrCreate(directory);
            Assert.Equal(thumbprint, second.AuthenticationCa.Thumbprint);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }
}
