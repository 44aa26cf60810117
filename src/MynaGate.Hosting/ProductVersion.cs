using System.Reflection;

namespace MynaGate.Hosting;

/// <summary>The product's version (Directory.Build.props), the same in every program.</summary>
public static class ProductVersion
{
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
