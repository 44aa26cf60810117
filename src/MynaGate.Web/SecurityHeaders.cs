using Microsoft.AspNetCore.Http;

namespace MynaGate.Web;

/// <summary>
/// The headers every page and answer of a MynaGate web surface carries: nothing cached (screens may show what a
/// patient or staff saw), no framing by another page (clickjacking), scripts and styles from the surface itself only.
/// </summary>
public static class SecurityHeaders
{
    public static Task AddAsync(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";
        return next();
    }
}
