using System.Globalization;
using MynaGate.Card.Virtual.Personas;
using MynaGate.Ocr.CardFace;
using MynaGate.Reader.Flow;

namespace MynaGate.Reader.Tests.Flow.Fakes;

/// <summary>
/// The card-face reading decided by the test: by default it reads the placed persona's card right; it can read a
/// wrong security code, abstain with an issue, or never finish. It counts the readings started and disposed.
/// </summary>
internal sealed class ScriptedCardFace : ICardFaceReader
{
    private int _started;
    private int _disposed;

    /// <summary>The persona whose card face lies on the card camera.</summary>
    public Persona? Card { get; set; }

    /// <summary>Abstain with this issue instead of reading.</summary>
    public CardFaceIssue? Abstain { get; set; }

    /// <summary>Read this security code instead of the card's (a misread that the card refuses).</summary>
    public int? SecurityCode { get; set; }

    /// <summary>The reading never finishes (the patient must go another way, or time out).</summary>
    public bool Never { get; set; }

    public int Started => Volatile.Read(ref _started);

    public int Disposed => Volatile.Read(ref _disposed);

    public ICardFaceReading Start(int remainingTries, DateOnly? chipExpiry, DateOnly today, CancellationToken sessionEnded)
    {
        Interlocked.Increment(ref _started);
        var card = Card ?? throw new InvalidOperationException("The test placed no card face.");
        Task<VerificationCodeBOutcome> result = Never ? Task.Delay(Timeout.Infinite, sessionEnded).ContinueWith(
                _ => new VerificationCodeBOutcome(null, CardFaceIssue.NoCard, 0), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
            : Task.FromResult(Abstain is { } issue ? new VerificationCodeBOutcome(null, issue, 3)
                : new VerificationCodeBOutcome(new CardFaceFields(card.BirthDate, card.CardExpiry,
                    SecurityCode ?? int.Parse(card.SecurityCode, CultureInfo.InvariantCulture), 95, 95, 95), CardFaceIssue.None, 2));
        return new Reading(this, result);
    }

    private sealed class Reading(ScriptedCardFace reader, Task<VerificationCodeBOutcome> result) : ICardFaceReading
    {
        public Task<VerificationCodeBOutcome> Result => result;

        public ValueTask DisposeAsync()
        {
            Interlocked.Increment(ref reader._disposed);
            return ValueTask.CompletedTask;
        }
    }
}
