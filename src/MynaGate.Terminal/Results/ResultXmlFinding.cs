namespace MynaGate.Terminal.Results;

/// <summary>One thing wrong with a result XML: where (an element path) and what. A warning does not make the file unusable.</summary>
public sealed record ResultXmlFinding(string Element, string Problem, bool IsWarning = false);
