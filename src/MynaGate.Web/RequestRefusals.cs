using Microsoft.AspNetCore.Http;

namespace MynaGate.Web;

/// <summary>
/// A request Kestrel refuses while the application reads it (a body over the server's limit, a malformed form) is
/// answered with Kestrel's own status (413, 400), not as a server fault (500): the client sent too much, the server is
/// fine.
/// </summary>
public static class RequestRefusals
{
    public static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (RefusalIn(e) is { } refusal && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = refusal.StatusCode;
        }
    }

    // antiforgery, reading the form for its token, hands Kestrel's refusal on wrapped in its own exception
    private static BadHttpRequestException? RefusalIn(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BadHttpRequestException refusal) return refusal;
        return null;
    }
}
