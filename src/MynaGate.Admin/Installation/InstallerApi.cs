using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MynaGate.Admin.Accounts;
using MynaGate.Link.Messages;
using MynaGate.Terminal;
using MynaGate.Terminal.Links;

namespace MynaGate.Admin.Installation;

/// <summary>
/// What `mynagate pair` and `mynagate unpair` call for an installer's script: pair a reader by its address and code,
/// unpair one by id. A console account signs each call (HTTP Basic, over the console's TLS; the account's lockout
/// applies), and no cookie is involved, so pages of other sites cannot make these calls for a browser.
/// </summary>
public static class InstallerApi
{
    public const string Prefix = "/api/v1/install";

    public static void Map(IEndpointRouteBuilder app, TerminalService terminal, ConsoleAccounts accounts, SignInThrottle throttle)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
        {
            var (name, password) = Basic(context.HttpContext.Request.Headers.Authorization);
            var result = name is null ? SignInResult.Refused : await ConsoleSignIn.AttemptAsync(accounts, throttle, name, password!, context.HttpContext).ConfigureAwait(false);
            if (result != SignInResult.SignedIn)
            {
                terminal.Log.Write(ConsoleServer.SignInEvent(result));
                context.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"MynaGate console\", charset=\"UTF-8\"";
                return Results.Json(new InstallerAnswer("unauthorized", "A console account is required."), LinkJson.Options, statusCode: StatusCodes.Status401Unauthorized);
            }
            // pairing decides which devices the terminal trusts: an admin's job
            if (accounts.RoleOf(name!) != ConsoleRole.Admin)
                return Results.Json(new InstallerAnswer("forbidden", "An admin account is required."), LinkJson.Options, statusCode: StatusCodes.Status403Forbidden);
            return await next(context).ConfigureAwait(false);
        });

        api.MapPost("/pairings", async (PairingOrder order, HttpRequest http) =>
        {
            if (!Uri.TryCreate(order.Address, UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps || address.PathAndQuery != "/")
                return Results.Json(new InstallerAnswer("bad-address", "The reader's address is https://host:port/."), LinkJson.Options, statusCode: StatusCodes.Status400BadRequest);
            try
            {
                var reader = await terminal.PairAsync(address, order.Code ?? "", http.HttpContext.RequestAborted).ConfigureAwait(false);
                return Results.Json(new InstallerAnswer("paired", $"{reader.ReaderId} paired", reader.ReaderId, reader.Serial), LinkJson.Options, statusCode: StatusCodes.Status201Created);
            }
            catch (PairingException e)
            {
                return Results.Json(new InstallerAnswer(e.Code, e.Message), LinkJson.Options, statusCode: StatusCodes.Status409Conflict);
            }
        });

        api.MapDelete("/pairings/{readerId}", async (string readerId, HttpRequest http) =>
        {
            var (known, readerForgot) = await terminal.UnpairAsync(readerId, http.HttpContext.RequestAborted).ConfigureAwait(false);
            if (!known) return Results.Json(new InstallerAnswer("unknown-reader", $"No reader {readerId} is paired."), LinkJson.Options, statusCode: StatusCodes.Status404NotFound);
            return Results.Json(readerForgot
                ? new InstallerAnswer("unpaired", $"{readerId} unpaired on both sides", readerId)
                : new InstallerAnswer(PairingException.NotReachable, $"{readerId} forgotten here; the reader was not reached and keeps its pairing until reset", readerId),
                LinkJson.Options);
        });
    }

    private static (string? Name, string? Password) Basic(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.Ordinal)) return (null, null);
        try
        {
            string pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            int colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? (null, null) : (pair[..colon], pair[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}

/// <summary>Pair the reader at <see cref="Address"/> (https://host:port/) with the code its screen shows.</summary>
public sealed record PairingOrder(string? Address, string? Code);

/// <summary>The answer: a status word or P1xx code, a message for the installer, and the reader when there is one.</summary>
public sealed record InstallerAnswer(string Status, string Message, string? ReaderId = null, string? Serial = null);
