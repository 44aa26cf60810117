using System.Reflection;

namespace MynaGate.Link;

/// <summary>
/// The product's version (MinVer, from the git tag: Directory.Build.props), the same in every program and assembly. It
/// lives with the link because a reader tells its terminal which version it runs (<see cref="Messages.ReaderStatus.Software"/>).
/// </summary>
public static class ProductVersion
{
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
