namespace MynaGate.Reader.Host;

/// <summary>
/// The reader's flow loop, as the host publishes it (<see cref="Hosting.HostParts"/>): it ends when the flow stops,
/// at the host's stop (the supervisor restarts the flow after a fault), so a watcher can tell a flow that serves no
/// patient again from one that is slow.
/// </summary>
public sealed record ReaderFlowLoop(Task Completion);
