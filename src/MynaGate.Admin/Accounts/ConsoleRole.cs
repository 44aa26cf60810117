namespace MynaGate.Admin.Accounts;

/// <summary>What a console account may do.</summary>
public enum ConsoleRole
{
    /// <summary>Reception staff: the dashboard, the readers and their mirrors, 目視確認 decisions, the log.</summary>
    Staff,

    /// <summary>Also the clinic's settings, adding and unpairing readers, and the installer API.</summary>
    Admin,
}
