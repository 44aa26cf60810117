namespace MynaGate.Site.Backup;

/// <summary>A backup that cannot be made or restored as asked; nothing was written.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
