using System.Net;
using System.Net.Sockets;

namespace MynaGate.Site.Doctor;

/// <summary>Each configured port: free, or held by MynaGate itself (fine), or held by another program (a conflict, R22).</summary>
public static class PortChecks
{
    public static IEnumerable<DoctorFinding> Run(IEnumerable<SitePort> ports) =>
        ports.Where(p => p.Port != 0).Select(p => Check(p.Name, p.Port));

    private static DoctorFinding Check(string name, int port)
    {
        string check = $"port {port}";
        if (IsFree(port)) return DoctorFinding.Ok(check, $"{name}: free");
        var owner = ListeningProcesses.Find(port);
        if (owner is { } o && IsMynaGate(o.CommandLine)) return DoctorFinding.Ok(check, $"{name}: in use by MynaGate (pid {o.Pid})");
        string holder = owner is { } other ? $"pid {other.Pid} ({Program(other.CommandLine)})" : "another program";
        return DoctorFinding.Failed(check, $"{name}: in use by {holder}", $"stop that program, or move it off port {port}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool IsMynaGate(string commandLine) =>
        commandLine.Contains("mynagate", StringComparison.OrdinalIgnoreCase);

    private static string Program(string commandLine) =>
        commandLine.Length == 0 ? "unknown" : Path.GetFileName(commandLine.Split(' ')[0]);
}
