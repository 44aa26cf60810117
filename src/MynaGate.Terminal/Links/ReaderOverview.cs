using MynaGate.Link.Messages;

namespace MynaGate.Terminal.Links;

/// <summary>One paired reader as the console lists it: pairing, link state and problem, and its last status (null while unreachable).</summary>
public sealed record ReaderOverview(PairedReader Reader, bool LinkUp, string? LinkProblemCode, string? LinkProblem, ReaderStatus? Status);
