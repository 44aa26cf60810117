using System.Runtime.InteropServices;

[assembly: DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]

namespace MynaGate.Vision.Native;

/// <summary>The name of native/vision's shared library (libmgvision.so beside this assembly).</summary>
internal static class VisionLibrary
{
    public const string Name = "mgvision";
}
