using MynaGate.Link.Messages;
using MynaGate.Storage;

namespace MynaGate.Terminal.Settings;

/// <summary>
/// The clinic's reader settings as the console last saved them, in the terminal's state folder; every reader is
/// brought to them whenever its link is up. A crash while saving leaves the old or the new settings, never half.
/// </summary>
public sealed class ReaderSettingsStore(string path)
{
    private readonly JsonFileStore<ReaderSettings> _file = new(path, LinkJson.Options);
    private readonly Lock _gate = new();
    private bool _loaded;
    private ReaderSettings? _settings;

    /// <summary>The saved settings, or null before the console saved any (the readers keep their own). Read from the file once.</summary>
    public ReaderSettings? Load()
    {
        lock (_gate)
        {
            if (!_loaded)
            {
                _settings = _file.Load();
                _loaded = true;
            }
            return _settings;
        }
    }

    public void Save(ReaderSettings settings)
    {
        lock (_gate)
        {
            _file.Save(settings);
            _settings = settings;
            _loaded = true;
        }
    }
}
