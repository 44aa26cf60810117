namespace MynaGate.Tests;

/// <summary>Temporary folder names for tests whose files are scanned for personal values.</summary>
public static class TempFolders
{
    /// <summary>
    /// A new path under the temporary folder, its random part letters only: the path is written into configuration
    /// files, and a digit run in it could be taken for a persona's 4-digit PIN by the personal-data scan (a hex
    /// suffix made that scan fail once in a while).
    /// </summary>
    public static string LettersOnly(string prefix) =>
        Path.Combine(Path.GetTempPath(), prefix + string.Concat(Guid.NewGuid().ToByteArray()[..10].Select(b => (char)('a' + (b % 26)))));
}
