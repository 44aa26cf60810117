namespace MynaGate.Link.Messages;

/// <summary>The terminal's answer to one <see cref="LinkRequest"/>: the field for its kind, or an error.</summary>
public sealed record LinkReply(string MessageId, string SessionId)
{
    public byte[]? Challenge { get; init; }
    public QualificationNotice? Qualification { get; init; }

    /// <summary>Complete: the name of the result XML written into the Face folder; Certificate: the certificate XML's.</summary>
    public string? ResultFile { get; init; }

    public LinkError? Error { get; init; }
}
