using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    // the host sections and the settings of MynaGate's three hosts that hold no secret (ReaderHostOptions,
    // TerminalHostOptions, OnshiHostOptions and their nested settings); CertificatePassword and ConnectionString are
    // not here: they are the secrets
    private static readonly FrozenSet<string> Kept = new[]
    {
        "Reader", "Terminal", "Onshi", "Logging", "LogLevel", "Health", "Console", "NationalService", "Kiosk", "Flow", "FaceCamera", "CardCamera",
        "AllowResearchOnlyRecognizer", "AuthorityDirectory", "CardFaceRootKeyFile", "CardNotDetectedSeconds", "CardReader",
        "CertificateFile", "CertificatePin", "CharacterCode", "ConsentSet", "Consents", "DebugMode", "Device", "FaceAttempts",
        "FaceFolder", "FaceRecognizer", "Folder", "FramesPerSecond", "Height", "Https", "Id", "InputTimeoutSeconds",
        "LicensedReaders", "LinkListen", "Listen", "LivePreview", "MedicalInstitutionCode", "ModelsDirectory", "Name",
        "PaperForms", "PaperMode", "Port", "PrescriptionChoice", "ReadCardFaceOnPlacement", "ResponseDelayMs", "Serial",
        "SmartphoneReader", "StateDirectory", "TerminalTimeoutSeconds", "Terminals", "TimeoutSeconds", "Url", "VisualCheck",
        "Voice", "Width",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
