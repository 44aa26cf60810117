using Microsoft.AspNetCore.Http;

namespace MynaGate.Admin;

/// <summary>The console's script and style sheet, embedded in this assembly.</summary>
internal static class ConsoleAssets
{
    public static IResult Serve(string name, string contentType)
    {
        var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("console/" + name)
            ?? throw new InvalidOperationException($"console asset {name} is not embedded");
        return Results.Stream(stream, contentType);
    }
}
