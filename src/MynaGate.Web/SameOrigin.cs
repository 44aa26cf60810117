using Microsoft.AspNetCore.Http;

namespace MynaGate.Web;

/// <summary>
/// Refuses state-changing requests that a page of another site could make a browser send (CSRF): the browser's
/// Sec-Fetch-Site, or failing that its Origin, must name this very site.
/// </summary>
public static class SameOrigin
{
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? site = request.Headers["Sec-Fetch-Site"];
        if (site is not null) return site is "same-origin" or "none";
        string? origin = request.Headers.Origin;
        // a request without either header is not from a browser page (curl, a test client)
        return origin is null || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// For a surface only its own page talks to (the kiosk): the request must name its Origin, and it must be this
    /// site; a client that sends none is refused rather than trusted.
    /// </summary>
    public static bool IsFromOwnPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? origin = request.Headers.Origin;
        return origin is not null && IsSameOrigin(request);
    }
}
