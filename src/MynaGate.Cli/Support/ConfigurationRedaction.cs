using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MynaGate.Cli.Support;

/// <summary>
/// A host's configuration file as support may see it: every value under a key that names a secret (a password, a
/// secret, a token, an API key, a connection string, which carries its password) is replaced.
/// </summary>
public static partial class ConfigurationRedaction
{
    public const string Removed = "(removed)";

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
        if (root is not JsonObject) return null;
        Walk(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Walk(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null) continue;
                    if (SecretName().IsMatch(name) && value is JsonValue) obj[name] = Removed;
                    else Walk(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (item is not null) Walk(item);
                break;
        }
    }

    [GeneratedRegex("password|secret|token|apikey|api_key|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
