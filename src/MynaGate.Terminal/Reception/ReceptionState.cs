namespace MynaGate.Terminal.Reception;

public enum ReceptionState
{
    /// <summary>Waiting for the patient's session on the reader to end.</summary>
    Waiting,
    /// <summary>The session ended with the result XML written (and the certificate XML, if one was read).</summary>
    Completed,
    /// <summary>The session ended with an error code (the result XML may still exist, e.g. 該当資格なし).</summary>
    Failed,
    Cancelled,
    /// <summary>No session ended on the reader within <see cref="ReceptionDesk.WaitLimit"/>.</summary>
    Expired,
}
