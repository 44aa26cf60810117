using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MynaGate.Card.MyNumber;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Secrets;
using MynaGate.Card.Transport;
using MynaGate.Card.Virtual.Engine;
using MynaGate.Card.Virtual.Vpcd;

namespace MynaGate.Card.Tests.Pcsc;

[Collection(PcscdTestGroup.Name)]
public sealed class PcscdCardTests(PcscdFixture fixture)
{
    private const int SecondPort = VpcdSlot.FirstPort + 1;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Inserts the card and waits until pcscd reports it, as a reader unit would before connecting.</summary>
    private static async Task<(VpcdSlot Slot, string Reader)> InsertAsync(IVirtualCard card, PcscContext context, int port = VpcdSlot.FirstPort)
    {
        string reader = VpcdReaders.ForPort(context, port);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        WaitEmpty(context, reader);
        monitor.Wait(TimeSpan.Zero);
        var slot = new VpcdSlot(port);
        await slot.InsertAsync(card);
        monitor.WaitFor(ReaderEventKind.CardInserted, EventTimeout);
        return (slot, reader);
    }

    [Fact]
    public async Task PinAndCodeBPaths_through_pcscd()
    {
        var virtualCard = fixture.Cards.Issue(301);
        var persona = virtualCard.Image.Persona;
        using var context = PcscContext.Establish();
        var (slot, reader) = await InsertAsync(virtualCard, context);
        await using var _ = slot;
        using var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower);
        var card = MyNumberCard.Open(connection);

        using var certificate = card.Jpki.ReadAuthenticationCertificate();
        Assert.Equal(virtualCard.Image.AuthenticationCertificate, certificate.RawData);
        using (var pin = CardSecret.Digits(persona.Pin, 4)) Assert.True(card.Jpki.VerifyAuthenticationPin(pin).IsVerified);
        byte[] challenge = RandomNumberGenerator.GetBytes(32);
        using var key = certificate.GetRSAPublicKey()!;
        Assert.True(key.VerifyData(challenge, card.Jpki.SignWithAuthenticationKey(challenge), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        using (var code = CardSecret.Digits(persona.VerificationCodeB, 14)) Assert.True(card.CardFace.VerifyCodeB(code).IsVerified);
        using var face = card.CardFace.ReadCardFace();
        Assert.True(persona.BirthDate == face.BirthDate, "card-face birth date differs");
        Assert.True(face.IsSignatureValid(card.CardFace.ReadApCertificate().PublicKey));
    }

    [Fact]
    public async Task WrongPins_block_the_card_and_it_stays_blocked_after_reinsertion()
    {
        var virtualCard = fixture.Cards.Issue(302);
        string path = fixture.Cards.Provisioner.CardPath(302);
        string pin = virtualCard.Image.Persona.Pin;
        string wrong = pin == "0000" ? "1111" : "0000";
        using var context = PcscContext.Establish();

        var (slot, reader) = await InsertAsync(virtualCard, context);
        await using (slot)
        using (var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower))
        {
            var jpki = MyNumberCard.Open(connection).Jpki;
            using var secret = CardSecret.Digits(wrong, 4);
            Assert.Equal(RetryStatus.Tries(3), jpki.GetAuthenticationPinRetries());
            Assert.Equal(VerifyResult.Incorrect(2), jpki.VerifyAuthenticationPin(secret));
            Assert.Equal(VerifyResult.Incorrect(1), jpki.VerifyAuthenticationPin(secret));
            Assert.Equal(VerifyResult.Blocked, jpki.VerifyAuthenticationPin(secret));
        }

        var reloaded = VirtualMyNumberCard.Load(path);
        var (again, reader2) = await InsertAsync(reloaded, context);
        await using (again)
        using (var connection = context.Connect(reader2, ShareMode.Exclusive, CardDisposition.Unpower))
        {
            var jpki = MyNumberCard.Open(connection).Jpki;
            Assert.True(jpki.GetAuthenticationPinRetries().IsBlocked);
            using var right = CardSecret.Digits(pin, 4);
            Assert.Equal(VerifyResult.Blocked, jpki.VerifyAuthenticationPin(right));
        }
    }

    [Fact]
    public async Task CardPulledMidRead_gives_a_card_removed_error()
    {
        var inner = fixture.Cards.Issue(303);
        VpcdSlot? slot = null;
        int reads = 0;
        using var readEnded = new ManualResetEventSlim();
        Thread? pull = null;
        var pulling = new TamperingCard(inner, JpkiApplication.AuthenticationCertificateFile, (offset, response) =>
        {
            if (++reads == 2)
            {
                // the patient takes the card while the certificate is being read: the answer is held until the read
                // has ended on the closed connection (a wait on that, not a sleep, and the removal on a thread of its
                // own: a fixed 500 ms lost to a busy thread pool once, and the read then completed)
                pull = new Thread(() => slot!.RemoveAsync().GetAwaiter().GetResult()) { IsBackground = true };
                pull.Start();
                readEnded.Wait(TimeSpan.FromSeconds(10));
            }
            return response;
        });
        using var context = PcscContext.Establish();
        (slot, string reader) = await InsertAsync(pulling, context);
        await using var inserted = slot;
        using var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower);
        var card = MyNumberCard.Open(connection);
        var e = Record.Exception(() => card.Jpki.ReadAuthenticationCertificate());
        readEnded.Set();
        pull?.Join(TimeSpan.FromSeconds(10));
        Assert.True(e is CardRemovedException, e?.ToString() ?? "no exception");
    }

    [Fact]
    public async Task TwoCardsInTwoReaders_are_read_at_the_same_time()
    {
        var first = fixture.Cards.Issue(304);
        var second = fixture.Cards.Issue(305);
        using var context = PcscContext.Establish();
        var (slot1, reader1) = await InsertAsync(first, context, VpcdSlot.FirstPort);
        var (slot2, reader2) = await InsertAsync(second, context, SecondPort);
        await using var _ = slot1;
        await using var __ = slot2;

        static byte[] ReadFace(string reader, VirtualMyNumberCard expected)
        {
            using var context = PcscContext.Establish();
            using var connection = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower);
            var card = MyNumberCard.Open(connection);
            for (int i = 0; i < 5; i++)
            {
                using var code = CardSecret.Digits(expected.Image.Persona.VerificationCodeB, 14);
                Assert.True(card.CardFace.VerifyCodeB(code).IsVerified);
                using var face = card.CardFace.ReadCardFace();
                Assert.Equal(expected.Image.Persona.BirthDate, face.BirthDate);
            }
            using var certificate = card.Jpki.ReadAuthenticationCertificate();
            return certificate.RawData;
        }

        var results = await Task.WhenAll(Task.Run(() => ReadFace(reader1, first)), Task.Run(() => ReadFace(reader2, second)));
        Assert.Equal(first.Image.AuthenticationCertificate, results[0]);
        Assert.Equal(second.Image.AuthenticationCertificate, results[1]);
    }

    [Fact]
    public async Task SlotsOfDifferentVpcdEntries_are_separate_readers()
    {
        // the driver keeps its slots in globals: entries sharing one library would answer for each other's ports
        int[] ports = [SecondPort, VpcdSlot.FirstPort + 2, VpcdSlot.FirstPort + 15];
        var cards = ports.Select((_, i) => fixture.Cards.Issue(306 + i)).ToArray();
        using var context = PcscContext.Establish();
        var inserted = new List<(VpcdSlot Slot, string Reader)>();
        try
        {
            for (int i = 0; i < ports.Length; i++) inserted.Add(await InsertAsync(cards[i], context, ports[i]));
            Assert.Equal(ports.Length, inserted.Select(s => s.Reader).Distinct().Count());
            for (int i = 0; i < ports.Length; i++)
            {
                using var connection = context.Connect(inserted[i].Reader, ShareMode.Exclusive, CardDisposition.Unpower);
                using var certificate = MyNumberCard.Open(connection).Jpki.ReadAuthenticationCertificate();
                Assert.Equal(cards[i].Image.AuthenticationCertificate, certificate.RawData);
            }
        }
        finally
        {
            foreach (var (slot, _) in inserted) await slot.DisposeAsync();
        }
    }

    /// <summary>
    /// Waits until pcscd shows <paramref name="reader"/> empty. A card the test before took away can still be in
    /// pcscd's view for a poll; a card placed then would be seen as the same card, never as an insertion.
    /// </summary>
    private static void WaitEmpty(PcscContext context, string reader)
    {
        var state = new ReaderState(reader);
        var deadline = DateTime.UtcNow + EventTimeout;
        context.GetStatusChange([state], TimeSpan.Zero);
        while ((state.EventState & ReaderStatus.Present) != 0)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"{reader} still holds a card after {EventTimeout.TotalSeconds:0} s.");
            state.Acknowledge();
            context.GetStatusChange([state], left);
        }
    }

    [Fact]
    public async Task Monitor_reports_a_card_swapped_between_two_waits_as_removed_and_inserted()
    {
        using var context = PcscContext.Establish();
        var (first, reader) = await InsertAsync(fixture.Cards.Issue(309), context);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        Assert.Contains(monitor.Wait(TimeSpan.Zero), e => e.Kind == ReaderEventKind.CardInserted);

        // taken away and another placed before the monitor waits again: pcscd may never show the slot empty to it
        await first.DisposeAsync();
        WaitEmpty(context, reader);
        await using var second = new VpcdSlot();
        await second.InsertAsync(fixture.Cards.Issue(310));

        var events = new List<ReaderEvent>();
        var deadline = DateTime.UtcNow + EventTimeout;
        while (!events.Any(e => e.Kind == ReaderEventKind.CardInserted) && DateTime.UtcNow < deadline) events.AddRange(monitor.Wait(deadline - DateTime.UtcNow));
        Assert.Equal([ReaderEventKind.CardRemoved, ReaderEventKind.CardInserted], events.Select(e => e.Kind));
    }

    [Fact]
    public async Task Monitor_reports_insert_with_atr_and_removal()
    {
        var virtualCard = fixture.Cards.Issue(306);
        using var context = PcscContext.Establish();
        string reader = VpcdReaders.ForPort(context, VpcdSlot.FirstPort);
        using var monitor = new CardPresenceMonitor(r => r == reader);
        // from an empty slot as pcscd sees it: a card the test before took away may not have left pcscd's view yet
        WaitEmpty(context, reader);
        monitor.Wait(TimeSpan.Zero);
        await using var slot = new VpcdSlot();
        await slot.InsertAsync(virtualCard);
        var inserted = monitor.WaitFor(ReaderEventKind.CardInserted, EventTimeout);
        Assert.Equal(virtualCard.Atr, inserted.Atr);
        Assert.Equal(reader, inserted.ReaderName);
        await slot.RemoveAsync();
        Assert.Equal(reader, monitor.WaitFor(ReaderEventKind.CardRemoved, EventTimeout).ReaderName);
    }

    [Fact]
    public async Task ExclusiveConnection_keeps_other_programs_out()
    {
        using var context = PcscContext.Establish();
        var (slot, reader) = await InsertAsync(fixture.Cards.Issue(307), context);
        await using var _ = slot;
        using var exclusive = context.Connect(reader, ShareMode.Exclusive, CardDisposition.Unpower);
        using var other = PcscContext.Establish();
        Assert.Throws<CardSharingViolationException>(() => other.Connect(reader, ShareMode.Shared, CardDisposition.Leave));
    }

    [Fact]
    public async Task GetResponseCard_through_pcscd()
    {
        var virtualCard = fixture.Cards.Issue(308, useGetResponse: true);
        using var context = PcscContext.Establish();
        var (slot, reader) = await InsertAsync(virtualCard, context);
        await using var _ = slot;
        using var connection = context.Connect(reader, ShareMode.Shared, CardDisposition.Reset);
        var card = MyNumberCard.Open(connection);
        using var certificate = card.Jpki.ReadAuthenticationCertificate();
        Assert.Equal(virtualCard.Image.AuthenticationCertificate, certificate.RawData);
        Assert.Equal(virtualCard.Image.Persona.CardExpiry, card.Common!.ReadCardInfo().Expiry);
    }

    [Fact]
    public async Task TruncatedCertificate_through_pcscd_is_a_protocol_error()
    {
        var hostile = new TamperingCard(fixture.Cards.Issue(309), JpkiApplication.AuthenticationCertificateFile,
            (offset, response) => offset == 0 ? response : [0x6B, 0x00]);
        using var context = PcscContext.Establish();
        var (slot, reader) = await InsertAsync(hostile, context);
        await using var _ = slot;
        using var connection = context.Connect(reader, ShareMode.Shared, CardDisposition.Reset);
        Assert.Throws<CardProtocolException>(() => MyNumberCard.Open(connection).Jpki.ReadAuthenticationCertificate());
    }

    [Fact]
    public void UnknownReader_is_a_reader_unavailable_error()
    {
        using var context = PcscContext.Establish();
        Assert.Throws<ReaderUnavailableException>(() => context.Connect("No Such Reader 99", ShareMode.Shared, CardDisposition.Leave));
    }

    [Fact]
    public void EmptySlot_connect_says_no_card()
    {
        using var context = PcscContext.Establish();
        string reader = VpcdReaders.ForPort(context, SecondPort);
        Assert.Throws<CardRemovedException>(() => context.Connect(reader, ShareMode.Shared, CardDisposition.Leave));
    }
}
