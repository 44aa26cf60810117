using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using MynaGate.Hosting.Settings;
using MynaGate.Onshi.Host;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Cli.Support;

/// <summary>
/// A host's configuration file as support may see it. An allow-list, not a deny-list: a value is kept only under a
/// key of the three hosts' settings known to hold no secret (ids, addresses, folders, pins of public certificates,
/// flow settings) or under Logging; every other value — a password, a connection string, a passphrase, a private key,
/// an API key, a setting added since, at any depth, whole objects and arrays included — is replaced.
/// </summary>
public static class ConfigurationRedaction
{
    public const string Removed = "(removed)";

    // every section and key name of the three hosts' declared settings but the secrets' (CertificatePassword,
    // ConnectionString): a setting added to a host is shown once declared, and a secret once marked is never shown
    private static readonly FrozenSet<string> Kept = new[] { ReaderHost.Definition, TerminalHost.Definition, OnshiHost.Definition }
        .SelectMany(d => d.Settings.Settings.Concat(CommonSettings.For(d.DefaultHealthPort)))
        .Where(s => !s.Secret)
        .SelectMany(s => s.Key.Split(':'))
        .Where(name => name != "N")
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The redacted JSON, indented; null when <paramref name="json"/> is not a JSON object.</summary>
    public static string? Redact(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
        if (root is not JsonObject obj) return null;
        Walk(obj, underLogLevel: false);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Whether a value under <paramref name="key"/> may be shown (tests check the example configurations against it).</summary>
    public static bool IsKept(string key) => Kept.Contains(key);

    private static void Walk(JsonObject obj, bool underLogLevel)
    {
        foreach (var (name, value) in obj.ToList())
        {
            if (value is null) continue;
            // LogLevel's keys are category names, its values level names
            if (!underLogLevel && !Kept.Contains(name))
            {
                obj[name] = Removed;
                continue;
            }
            Keep(value, underLogLevel || name.Equals("LogLevel", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static void Keep(JsonNode value, bool underLogLevel)
    {
        switch (value)
        {
            case JsonObject inner:
                Walk(inner, underLogLevel);
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (item is JsonObject element) Walk(element, underLogLevel);
                break;
        }
    }
}
