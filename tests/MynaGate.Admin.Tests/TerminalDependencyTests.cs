using System.Reflection;
using MynaGate.Admin.Accounts;

namespace MynaGate.Admin.Tests;

/// <summary>
/// The terminal (with its console) is a production program: it must never load the emulator, the virtual card, the
/// synthetic generators, the demo chain, the reader, or the OCR and vision engines with their native library (DESIGN §2).
/// </summary>
public sealed class TerminalDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "MynaGate.Onshi", "MynaGate.Card.Virtual", "MynaGate.Ocr", "MynaGate.Ocr.Synthetic", "MynaGate.Chain",
        "MynaGate.Reader", "MynaGate.Vision",
    ];

    [Fact]
    public void The_console_and_terminal_reference_none_of_the_test_kit_or_the_engines()
    {
        var closure = ReferenceClosure(typeof(ConsoleAccounts).Assembly);

        Assert.Contains("MynaGate.Terminal", closure);
        Assert.Contains("MynaGate.Onshi.Contract", closure);
        Assert.Empty(closure.Intersect(Forbidden));
    }

    // every MynaGate assembly reachable from the root through compile-time references
    private static SortedSet<string> ReferenceClosure(Assembly root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>([root.GetName()]);
        while (pending.TryPop(out var name))
        {
            if (name.Name is not { } simple || !simple.StartsWith("MynaGate.", StringComparison.Ordinal) || !seen.Add(simple)) continue;
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies()) pending.Push(reference);
        }
        return seen;
    }
}
