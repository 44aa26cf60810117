namespace MynaGate.Boundaries.Tests;

/// <summary>The checkout these tests were built from.</summary>
internal static class Checkout
{
    public static string Root
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "MynaGate.sln"))) root = root.Parent;
            return root?.FullName ?? throw new InvalidOperationException("The tests run outside the checkout.");
        }
    }
}
