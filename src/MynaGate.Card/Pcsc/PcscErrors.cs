namespace MynaGate.Card.Pcsc;

/// <summary>The one place that turns PC/SC return codes into exceptions.</summary>
public static class PcscErrors
{
    public static void ThrowIfFailed(PcscResult result, string operation)
    {
        if (result == PcscResult.Success) return;
        throw result switch
        {
            PcscResult.RemovedCard or PcscResult.NoSmartcard or PcscResult.UnpoweredCard or PcscResult.ResetCard
                or PcscResult.UnresponsiveCard => new CardRemovedException(result, operation),
            PcscResult.ReaderUnavailable or PcscResult.UnknownReader or PcscResult.NoReadersAvailable
                => new ReaderUnavailableException(result, operation),
            PcscResult.NoService or PcscResult.ServiceStopped => new PcscServiceUnavailableException(result, operation),
            PcscResult.SharingViolation => new CardSharingViolationException(result, operation),
            _ => new PcscException(result, operation),
        };
    }

    public static string Describe(PcscResult result) => result switch
    {
        PcscResult.Success => "success",
        PcscResult.Cancelled => "cancelled",
        PcscResult.InvalidHandle => "invalid handle",
        PcscResult.InvalidParameter or PcscResult.InvalidValue => "invalid parameter",
        PcscResult.InsufficientBuffer => "buffer too small",
        PcscResult.UnknownReader => "unknown reader",
        PcscResult.Timeout => "timed out",
        PcscResult.SharingViolation => "card in use by another program",
        PcscResult.NoSmartcard => "no card in the reader",
        PcscResult.ProtocolMismatch => "protocol mismatch",
        PcscResult.NotReady => "reader not ready",
        PcscResult.CommunicationError => "communication error with the reader",
        PcscResult.NotTransacted => "exchange with the card failed",
        PcscResult.ReaderUnavailable => "reader unavailable (unplugged?)",
        PcscResult.NoService or PcscResult.ServiceStopped => "PC/SC service not running",
        PcscResult.NoReadersAvailable => "no readers available",
        PcscResult.UnsupportedCard => "card not supported",
        PcscResult.UnresponsiveCard => "card does not respond",
        PcscResult.UnpoweredCard => "card not powered",
        PcscResult.ResetCard => "card was reset",
        PcscResult.RemovedCard => "card removed",
        _ => "PC/SC error",
    };
}
