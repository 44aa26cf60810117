using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Secrets;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Site.Commands;

namespace MynaGate.Cli.Commands;

/// <summary>
/// This issue's demo: a virtual card goes into a vpcd slot, and is read through pcscd exactly as a reader unit would —
/// detection by status change, probing by AID, exclusive connection, the PIN path and the 照合番号B path, power-off at
/// the end. The PIN and 照合番号B come from the persona, standing in for the patient's keypad and the card-face OCR.
/// </summary>
public static class CardDemoCommand
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(IEnumerable<string> args)
    {
        var arguments = new Arguments(args, "--show");
        arguments.RejectUnknown("--seed", "--port", "--show");
        int seed = arguments.Number("--seed", 1);
        int port = arguments.Number("--port", VpcdSlot.FirstPort);
        bool show = arguments.Has("--show");
        string Mask(string value) => show ? value : MaskText(value);

        var provisioner = VirtualCardProvisioner.FromEnvironment();
        var card = provisioner.LoadOrIssue(seed, VirtualCardProvisioner.DatasetPhoto(seed));
        var persona = card.Image.Persona;
        using var authority = provisioner.LoadAuthority();

        await using var slot = new VpcdSlot(port);
        using var context = PcscContext.Establish();
        string reader = VpcdReaders.ForPort(context, port);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        monitor.Wait(TimeSpan.Zero);

        Console.WriteLine($"virtual card (seed {seed}) → vpcd 127.0.0.1:{port} → pcscd reader \"{reader}\"");
        await slot.InsertAsync(card).ConfigureAwait(false);
        var inserted = monitor.WaitFor(ReaderEventKind.CardInserted, EventTimeout);
        Console.WriteLine($"card detected, ATR {Convert.ToHexString(inserted.Atr)}");

        using (var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower))
        {
            var myNumberCard = MyNumberCard.Open(connection);
            Console.WriteLine($"protocol {connection.Protocol}; applications: JPKI, 券面事項確認AP{(myNumberCard.Text is null ? "" : ", 券面事項入力補助AP")}{(myNumberCard.Common is null ? "" : ", 共通AP")}");

            var info = myNumberCard.Common?.ReadCardInfo();
            Console.WriteLine($"共通AP card info (no PIN): expiry {info?.Expiry:yyyy-MM-dd}");
            var jpki = myNumberCard.Jpki;
            Console.WriteLine($"token {jpki.ReadTokenType()}, certificates {jpki.ReadCertificateAvailability()}");
            using var certificate = jpki.ReadAuthenticationCertificate();
            using var ca = jpki.ReadAuthenticationCaCertificate();
            Console.WriteLine($"user-auth certificate: serial {certificate.SerialNumber}, valid to {certificate.NotAfter:yyyy-MM-dd}, issued by \"{ca.Subject}\"");
            Console.WriteLine($"  chains to the test JPKI CA: {ChainsTo(certificate, authority.AuthenticationCa)}");

            Console.WriteLine();
            Console.WriteLine("PIN path");
            Console.WriteLine($"  利用者証明用 PIN: {jpki.GetAuthenticationPinRetries()}; 署名用パスワード: {jpki.GetSignaturePasswordRetries()}");
            using (var pin = CardSecret.Digits(persona.Pin, 4))
                Console.WriteLine($"  VERIFY: {jpki.VerifyAuthenticationPin(pin)}");
            byte[] challenge = RandomNumberGenerator.GetBytes(32);
            byte[] signature = jpki.SignWithAuthenticationKey(challenge);
            using var publicKey = certificate.GetRSAPublicKey()!;
            bool valid = publicKey.VerifyData(challenge, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            Console.WriteLine($"  card signed a 32-byte challenge: {signature.Length}-byte signature, verifies with the certificate: {valid}");
            if (myNumberCard.Text is { } text)
            {
                using var textPin = CardSecret.Digits(persona.Pin, 4);
                Console.WriteLine($"  券面事項入力補助 PIN: {text.GetPinRetries()}, VERIFY: {text.VerifyPin(textPin)}");
                var basic = text.ReadBasicFourInfo();
                Console.WriteLine($"  基本4情報: 氏名 {Mask(basic.Name)} / 住所 {Mask(basic.Address)} / 生年月日 {Mask($"{basic.BirthDate:yyyy-MM-dd}")} / 性別 {basic.Sex}");
            }

            Console.WriteLine();
            Console.WriteLine("照合番号B path (face authentication)");
            var cardFace = myNumberCard.CardFace;
            Console.WriteLine($"  照合番号B: {cardFace.GetVerificationCodeBRetries()}");
            using (var codeB = CardSecret.Digits(persona.VerificationCodeB, 14))
                Console.WriteLine($"  VERIFY: {cardFace.VerifyCodeB(codeB)}");
            var apCertificate = cardFace.ReadApCertificate();
            using var face = cardFace.ReadCardFace();
            Console.WriteLine($"  card face: 生年月日 {Mask($"{face.BirthDate:yyyy-MM-dd}")}, 性別 {face.Sex}, 有効期限 {face.Expiry:yyyy-MM-dd}"
                + $" (共通AP agrees: {info is null || info.Expiry == face.Expiry})");
            Console.WriteLine($"  photo: {face.Photo.Length} bytes, {PhotoFormat(face.Photo)}; name image {face.NameImage.Length} B, address image {face.AddressImage.Length} B, security-code image {face.SecurityCodeImage.Length} B");
            Console.WriteLine($"  AP certificate signed by the card-face root: {apCertificate.IsSignedBy(authority.CardFaceRootKey)}; record signature valid: {face.IsSignatureValid(apCertificate.PublicKey)}");
            Console.WriteLine($"  APDUs this session: {myNumberCard.Session.ApduCount}, bytes {myNumberCard.Session.ByteCount}");
        }

        await slot.RemoveAsync().ConfigureAwait(false);
        monitor.WaitFor(ReaderEventKind.CardRemoved, EventTimeout);
        Console.WriteLine();
        Console.WriteLine("card removed; the connection was closed with power-off, so no verification outlives the session");
        return 0;
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 root)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static string PhotoFormat(byte[] photo) =>
        photo.AsSpan().StartsWith((byte[])[0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20]) ? "JPEG 2000 (JP2)"
        : photo.AsSpan().StartsWith((byte[])[0xFF, 0x4F, 0xFF, 0x51]) ? "JPEG 2000 codestream" : "unknown format";

    private static string MaskText(string value) => value.Length <= 1 ? "*" : value[..1] + new string('*', Math.Min(value.Length - 1, 8));
}
