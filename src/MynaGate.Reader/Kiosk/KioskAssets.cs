using Microsoft.AspNetCore.Http;

namespace MynaGate.Reader.Kiosk;

/// <summary>The kiosk's script and style sheet, embedded in this assembly so the reader serves them from wherever it runs.</summary>
internal static class KioskAssets
{
    public static IResult Serve(string name, string contentType)
    {
        var stream = typeof(KioskAssets).Assembly.GetManifestResourceStream("kiosk/" + name)
            ?? throw new InvalidOperationException($"kiosk asset {name} is not embedded");
        return Results.Stream(stream, contentType);
    }
}
