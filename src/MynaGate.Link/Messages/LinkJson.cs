using System.Text.Json;
using System.Text.Json.Serialization;

namespace MynaGate.Link.Messages;

/// <summary>The JSON settings both ends of the link use: camel case, enums by name, byte arrays as base64.</summary>
public static class LinkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
