namespace MynaGate.Card.Virtual.Vpcd;

/// <summary>
/// Exclusive use of the vpcd slots across processes: a card inserted by one program into a port another program
/// also drives would interleave their sessions. Holders are the card tests, the end-to-end tests, the benchmark and
/// the demo; the lock is an exclusively opened file in the state folder, released on dispose or process exit.
/// </summary>
public sealed class VpcdLock : IDisposable
{
    private readonly FileStream _file;

    private VpcdLock(FileStream file) => _file = file;

    public static async Task<VpcdLock> AcquireAsync(string stateDirectory, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(stateDirectory);
        string path = Path.Combine(stateDirectory, "vpcd.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new VpcdLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
