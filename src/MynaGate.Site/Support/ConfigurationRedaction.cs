using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using MynaGate.Hosting;
using MynaGate.Hosting.Settings;

namespace MynaGate.Site.Support;

/// <summary>
/// A host's configuration file as support may see it. An allow-list, not a deny-list: a value is kept only under a
/// key of the hosts' settings known to hold no secret (ids, addresses, folders, pins of public certificates,
/// flow settings) or under Logging; every other value — a password, a connection string, a passphrase, a private key,
/// an API key, a setting added since, at any depth, whole objects and arrays included — is replaced.
/// </summary>
public sealed class ConfigurationRedaction
{
    public const string Removed = "(removed)";

    private readonly FrozenSet<string> _kept;

    /// <param name="hosts">the hosts whose files may be shown: every section and key name of their declared settings
    /// but the secrets' (CertificatePassword, ConnectionString) is kept, so a setting added to a host is shown once
    /// declared, and a secret once marked is never shown</param>
    public ConfigurationRedaction(IEnumerable<HostDefinition> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        _kept = hosts
            .SelectMany(d => d.Settings.Settings.Concat(CommonSettings.For(d.DefaultHealthPort)))
            .Where(s => !s.Secret)
            .SelectMany(s => s.Key.Split(':'))
            .Where(name => name != "N")
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The redacted JSON, indented; null when <paramref name="json"/> is not a JSON object.</summary>
    public string? Redact(string json)
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
    public bool IsKept(string key) => _kept.Contains(key);

    private void Walk(JsonObject obj, bool underLogLevel)
    {
        foreach (var (name, value) in obj.ToList())
        {
            if (value is null) continue;
            // LogLevel's keys are category names, its values level names
            if (!underLogLevel && !_kept.Contains(name))
            {
                obj[name] = Removed;
                continue;
            }
            Keep(value, underLogLevel || name.Equals("LogLevel", StringComparison.OrdinalIgnoreCase));
        }
    }

    private void Keep(JsonNode value, bool underLogLevel)
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
