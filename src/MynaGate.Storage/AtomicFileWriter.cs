using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace MynaGate.Storage;

/// <summary>
/// Writes a file so that a program watching the folder (a receipt computer polling C:\OQS\Face) sees either no file or
/// the whole file, never part of it: the bytes go to a hidden temporary file in the same folder, which is flushed to
/// disk (fsync) and then renamed to its name. An existing file of that name is never replaced. On Linux the folder is
/// fsynced too, so the rename itself survives a power cut.
/// </summary>
public static partial class AtomicFileWriter
{
    /// <exception cref="IOException">The folder is missing or not writable, or the file already exists.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, bool ownerOnly = false) => WriteCore(path, content, overwrite: false, ownerOnly);

    /// <summary>
    /// Writes <paramref name="path"/> whole, replacing the file there (state files: settings, pairings, accounts); a
    /// crash leaves the old content or the new, never a mix. <paramref name="ownerOnly"/> makes it readable by this
    /// service's user alone before it appears.
    /// </summary>
    /// <exception cref="IOException">The folder is missing or not writable.</exception>
    public static void Replace(string path, ReadOnlySpan<byte> content, bool ownerOnly = false) => WriteCore(path, content, overwrite: true, ownerOnly);

    private static void WriteCore(string path, ReadOnlySpan<byte> content, bool overwrite, bool ownerOnly)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? throw new IOException($"No folder in path {path}.");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Output folder {folder} does not exist.");
        }

        // the temporary name does not end in .xml, so folder watchers filtering on *.xml ignore it
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (ownerOnly && !OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        SyncFolder(folder);
    }

    /// <summary>
    /// Deletes the temporary files of writes that a killed process left in <paramref name="folder"/> (only this
    /// writer's own names: <c>.NAME.GUID.tmp</c>); run at start, before any write. Returns how many it removed.
    /// </summary>
    public static int RemoveStaleTemporaries(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        int removed = 0;
        foreach (string file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (!TemporaryName().IsMatch(Path.GetFileName(file))) continue;
            File.Delete(file);
            removed++;
        }
        return removed;
    }

    [GeneratedRegex("^\\..+\\.[0-9a-f]{32}\\.tmp$")]
    private static partial Regex TemporaryName();

    private static void SyncFolder(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY
        int descriptor = Open(folder, ReadOnlyDirectory);
        if (descriptor < 0)
        {
            return; // the file is complete either way; only the rename's durability is at stake
        }

        _ = Fsync(descriptor);
        _ = Close(descriptor);
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
