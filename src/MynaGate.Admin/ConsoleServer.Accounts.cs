using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MynaGate.Admin.Accounts;
using MynaGate.Admin.Pages;
using MynaGate.Terminal.Logging;

namespace MynaGate.Admin;

/// <summary>
/// The admin's pages for who may use the console and the reader API: accounts (added, password and role set,
/// disabled, enabled, deleted; never the last enabled admin) and reception-API keys (made, named, listed, revoked).
/// Every change is logged with the admin who made it, its target and the target's role.
/// </summary>
public sealed partial class ConsoleServer
{
    private const string ReceptionKeyRole = "ReceptionKey";

    private void MapAccounts(WebApplication app)
    {
        app.MapGet("/accounts", (HttpRequest request) => AccountsPageAsync(request, null, false, StatusCodes.Status200OK)).RequireAuthorization(AdminPolicy);
        app.MapPost("/accounts", SetAccountAsync).RequireAuthorization(AdminPolicy);
        app.MapPost("/accounts/{name}/disable", (HttpRequest request, string name) => ChangeAccountAsync(request, name, TerminalEvent.ConsoleAccountDisabled)).RequireAuthorization(AdminPolicy);
        app.MapPost("/accounts/{name}/enable", (HttpRequest request, string name) => ChangeAccountAsync(request, name, TerminalEvent.ConsoleAccountEnabled)).RequireAuthorization(AdminPolicy);
        app.MapPost("/accounts/{name}/delete", (HttpRequest request, string name) => ChangeAccountAsync(request, name, TerminalEvent.ConsoleAccountDeleted)).RequireAuthorization(AdminPolicy);
        app.MapGet("/reception-keys", (HttpRequest request) => KeysPageAsync(request, null, null, false, StatusCodes.Status200OK)).RequireAuthorization(AdminPolicy);
        app.MapPost("/reception-keys", CreateKeyAsync).RequireAuthorization(AdminPolicy);
        app.MapPost("/reception-keys/{name}/revoke", RevokeKeyAsync).RequireAuthorization(AdminPolicy);
    }

    private Task<IResult> AccountsPageAsync(HttpRequest request, string? message, bool failed, int status) =>
        PageAsync<AccountsPage>(request, new() { ["Accounts"] = Accounts.List(), ["Message"] = message, ["Failed"] = failed }, status);

    private async Task<IResult> SetAccountAsync(HttpRequest request) => await FormAsync(request, async form =>
    {
        string name = form["name"].ToString().Trim();
        string password = form["password"].ToString();
        if (!ConsoleAccounts.IsValidName(name))
            return await AccountsPageAsync(request, "アカウント名は半角英数字と . _ - で 32 文字までです。", true, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        if (!Enum.TryParse(form["role"].ToString(), out ConsoleRole role) || !Enum.IsDefined(role))
            return await AccountsPageAsync(request, "役割を選んでください。", true, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        if (password.Length < ConsoleAccounts.MinPasswordLength)
            return await AccountsPageAsync(request, $"パスワードは {ConsoleAccounts.MinPasswordLength} 文字以上にしてください。", true, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        try
        {
            await Accounts.SetPasswordAsync(name, password, role).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            return await AccountsPageAsync(request, e.Message, true, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }
        _terminal.Log.Write(TerminalEvent.ConsoleAccountSet, account: Actor(request), target: name, targetRole: role.ToString());
        return await AccountsPageAsync(request, $"{name} を保存しました。", false, StatusCodes.Status200OK).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private async Task<IResult> ChangeAccountAsync(HttpRequest request, string name, TerminalEvent change) => await FormAsync(request, async _ =>
    {
        if (!ConsoleAccounts.IsValidName(name)) return Results.NotFound();
        var role = Accounts.List().FirstOrDefault(a => a.Name == name).Role;
        string? refused = change switch
        {
            TerminalEvent.ConsoleAccountDeleted => await Accounts.DeleteAsync(name).ConfigureAwait(false),
            _ => await Accounts.SetDisabledAsync(name, change == TerminalEvent.ConsoleAccountDisabled).ConfigureAwait(false),
        };
        if (refused is not null) return await AccountsPageAsync(request, refused, true, StatusCodes.Status409Conflict).ConfigureAwait(false);
        _terminal.Log.Write(change, account: Actor(request), target: name, targetRole: role.ToString());
        string done = change switch
        {
            TerminalEvent.ConsoleAccountDeleted => "削除しました",
            TerminalEvent.ConsoleAccountDisabled => "無効にしました",
            _ => "有効にしました",
        };
        return await AccountsPageAsync(request, $"{name} を{done}。", false, StatusCodes.Status200OK).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private Task<IResult> KeysPageAsync(HttpRequest request, string? message, string? madeKey, bool failed, int status) =>
        PageAsync<ReceptionKeysPage>(request, new() { ["Names"] = ApiKeys.Names(), ["Message"] = message, ["MadeKey"] = madeKey, ["Failed"] = failed }, status);

    private async Task<IResult> CreateKeyAsync(HttpRequest request) => await FormAsync(request, async form =>
    {
        string name = form["name"].ToString().Trim();
        if (!ConsoleAccounts.IsValidName(name))
            return await KeysPageAsync(request, "名前は半角英数字と . _ - で 32 文字までです。", null, true, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        if (ApiKeys.Names().Contains(name))
            return await KeysPageAsync(request, $"{name} のキーはすでにあります。作り直すには、先に無効にしてください。", null, true, StatusCodes.Status409Conflict).ConfigureAwait(false);
        string key = ApiKeys.Create(name);
        _terminal.Log.Write(TerminalEvent.ReceptionKeyCreated, account: Actor(request), target: name, targetRole: ReceptionKeyRole);
        return await KeysPageAsync(request, $"{name} のキーを作りました。この画面を閉じると二度と表示されません。", key, false, StatusCodes.Status200OK).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private async Task<IResult> RevokeKeyAsync(HttpRequest request, string name) => await FormAsync(request, async _ =>
    {
        if (!ConsoleAccounts.IsValidName(name) || !ApiKeys.Revoke(name)) return Results.NotFound();
        _terminal.Log.Write(TerminalEvent.ReceptionKeyRevoked, account: Actor(request), target: name, targetRole: ReceptionKeyRole);
        return await KeysPageAsync(request, $"{name} のキーを無効にしました。", null, false, StatusCodes.Status200OK).ConfigureAwait(false);
    }).ConfigureAwait(false);

    private static string? Actor(HttpRequest request) => request.HttpContext.User.Identity?.Name;
}
