namespace MynaGate.Link.Messages;

/// <summary>The prescription the patient asked for (R35): PrescriptionIssueSelect in the result XML (spec §3.3).</summary>
public enum PrescriptionIssue
{
    /// <summary>電子処方箋.</summary>
    Electronic = 1,

    /// <summary>紙の処方箋.</summary>
    Paper = 2,
}
