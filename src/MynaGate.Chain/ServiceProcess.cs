using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MynaGate.Chain;

/// <summary>
/// One of the hosts (mynagate-onshi, -terminal, -reader) as an OS process of its own, started from a configuration
/// file as a service manager would (the demo, the deployment tests), or the developer tool's demo as a person starts
/// it (the demo walk), with its output kept for messages.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    // Linux's numbers (x86-64 and arm64): the soak freezes a host to play one that hangs
    private const int SigStop = 19;
    private const int SigCont = 18;
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServiceProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The OS process id, for what the soak reads of it in /proc.</summary>
    public int Id => _process.Id;

    /// <summary>Starts <paramref name="program"/> (mynagate-onshi …) with <paramref name="arguments"/>.</summary>
    public static ServiceProcess Start(string program, params string[] arguments) => Start(program, null, arguments);

    /// <summary>As <see cref="Start(string, string[])"/>, with <paramref name="environment"/> added to the host's environment.</summary>
    public static ServiceProcess Start(string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Dll(program));
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return new ServiceProcess(Process.Start(start)!);
    }

    /// <summary>The host's build output in this checkout, of the running program's configuration and framework.</summary>
    public static string Dll(string program)
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        string project = program switch
        {
            "mynagate-onshi" => "MynaGate.Onshi.Host",
            "mynagate-terminal" => "MynaGate.Terminal.Host",
            "mynagate-reader" => "MynaGate.Reader.Host",
            "mynagate-dev" => "MynaGate.Cli",
            "mynagate" => "MynaGate.Site",
            _ => throw new ArgumentException(program, nameof(program)),
        };
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MynaGate.sln")))
                return Path.Combine(dir.FullName, "src", project, "bin", output.Parent!.Name, output.Name, program + ".dll");
        }
        throw new FileNotFoundException($"{program}.dll: no checkout above {output.FullName}");
    }

    /// <summary>Waits until GET /health on <paramref name="port"/> answers (Healthy or Degraded), failing early if the process ends.</summary>
    public async Task WaitHealthyAsync(int port, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health")).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        throw new TimeoutException($"no health on {port} within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>Sends SIGTERM and waits for the exit; returns how long the stop took.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        if (!_process.HasExited && Kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException("kill(SIGTERM) failed");
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return watch.Elapsed;
    }

    /// <summary>Freezes the process (SIGSTOP): its ports accept connections and answer nothing, as a hung service's do.</summary>
    public void Pause()
    {
        if (Kill(_process.Id, SigStop) != 0) throw new InvalidOperationException("kill(SIGSTOP) failed");
    }

    /// <summary>Lets a <see cref="Pause"/>d process go on (SIGCONT).</summary>
    public void Resume()
    {
        if (Kill(_process.Id, SigCont) != 0) throw new InvalidOperationException("kill(SIGCONT) failed");
    }

    /// <summary>Waits for the process to end by itself (a start that fails).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await TerminateAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
