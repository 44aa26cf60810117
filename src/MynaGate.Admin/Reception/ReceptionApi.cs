using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MynaGate.Link.Messages;
using MynaGate.Terminal;
using MynaGate.Terminal.Reception;

namespace MynaGate.Admin.Reception;

/// <summary>
/// The reader API for reception systems (R26), documented in docs/reader-api.md: list the readers, ask for the next
/// verification on one, wait for its outcome. Every call needs a key from <see cref="ReceptionApiKeys"/> as a bearer
/// token; no cookie is involved, so pages of other sites cannot make these calls for a browser.
/// </summary>
public static class ReceptionApi
{
    public const string Prefix = "/api/v1";
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public static void Map(IEndpointRouteBuilder app, TerminalService terminal, ReceptionApiKeys keys)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
        {
            string? header = context.HttpContext.Request.Headers.Authorization;
            string? key = header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
            if (keys.Identify(key) is null)
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Problem(StatusCodes.Status401Unauthorized, "unauthorized", "A valid API key is required (Authorization: Bearer …).");
            }
            return await next(context).ConfigureAwait(false);
        });

        api.MapGet("/readers", () => Results.Json(terminal.Readers.Select(r => new
        {
            r.Reader.ReaderId,
            r.Reader.Serial,
            r.LinkUp,
            ScreenId = r.Status?.Screen.ScreenId,
            State = r.Status?.Screen.State,
        }), LinkJson.Options));

        api.MapPost("/readers/{readerId}/verifications", (string readerId, VerificationRequest request) => Answer(() =>
        {
            var verification = terminal.Reception.Start(readerId, request.Reference, [.. terminal.Readers.Select(r => r.Reader.ReaderId)]);
            return Results.Json(verification, LinkJson.Options, statusCode: StatusCodes.Status201Created);
        }));

        api.MapGet("/verifications/{id}", async (string id, string? wait, HttpRequest http) =>
        {
            if (!TryWait(wait, out var duration)) return Problem(StatusCodes.Status400BadRequest, "bad-wait", $"wait is a number of seconds from 0 to {MaxWait.TotalSeconds:0}.");
            try
            {
                var verification = await terminal.Reception.WaitAsync(id, duration, http.HttpContext.RequestAborted).ConfigureAwait(false);
                return Results.Json(verification, LinkJson.Options);
            }
            catch (ReceptionException e)
            {
                return Problem(e);
            }
        });

        api.MapDelete("/verifications/{id}", (string id) => Answer(() => Results.Json(terminal.Reception.Cancel(id), LinkJson.Options)));
    }

    private static IResult Answer(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (ReceptionException e)
        {
            return Problem(e);
        }
    }

    private static bool TryWait(string? wait, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (wait is null) return true;
        if (!int.TryParse(wait, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) || seconds > MaxWait.TotalSeconds) return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static IResult Problem(ReceptionException e) => Problem(e.Code switch
    {
        ReceptionException.UnknownReader or ReceptionException.UnknownVerification => StatusCodes.Status404NotFound,
        ReceptionException.ReaderBusy or ReceptionException.AlreadyEnded => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    }, e.Code, e.Message);

    private static IResult Problem(int status, string code, string message) =>
        Results.Json(new ApiError(code, message), LinkJson.Options, statusCode: status);

    /// <summary>POST body: the reception's own number for the visit.</summary>
    public sealed record VerificationRequest(string Reference);

    public sealed record ApiError(string Code, string Message);
}
