using MynaGate.Storage;

namespace MynaGate.Site.Backup;

/// <summary>
/// Puts a restore's files in place all or nothing: every file is first written beside its target (*.restoring), then
/// each target is swapped in, the file it replaces kept aside (*.replaced) until all are in. An I/O error at any point
/// (a full disk, a folder where a file belongs) puts back what was there and removes what was staged, so a site is
/// never left half restored: half a pairing is worse than none.
/// </summary>
internal static class StagedRestore
{
    private const string StagedSuffix = ".restoring";
    private const string ReplacedSuffix = ".replaced";

    public static void Apply(IReadOnlyList<(string Target, byte[] Content)> files)
    {
        var staged = new List<string>();
        var swapped = new List<(string Target, bool HadOld)>();
        try
        {
            foreach (var (target, content) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                // keys, accounts and configuration are readable by the service's user only, as the hosts make them
                AtomicFileWriter.Replace(target + StagedSuffix, content, ownerOnly: true);
                staged.Add(target);
            }
            foreach (string target in staged)
            {
                bool hadOld = File.Exists(target);
                if (hadOld) File.Move(target, target + ReplacedSuffix, overwrite: true);
                swapped.Add((target, hadOld));
                File.Move(target + StagedSuffix, target);
            }
        }
        catch (Exception)
        {
            Undo(staged, swapped);
            throw;
        }
        foreach (var (target, hadOld) in swapped)
            if (hadOld) File.Delete(target + ReplacedSuffix);
    }

    private static void Undo(List<string> staged, List<(string Target, bool HadOld)> swapped)
    {
        for (int i = swapped.Count - 1; i >= 0; i--)
        {
            var (target, hadOld) = swapped[i];
            // swapped in already: the restored file goes; the one it replaced comes back
            if (!File.Exists(target + StagedSuffix) && File.Exists(target)) File.Delete(target);
            if (hadOld) File.Move(target + ReplacedSuffix, target, overwrite: true);
        }
        foreach (string target in staged) File.Delete(target + StagedSuffix);
    }
}
