using System.Text.Json;
using System.Text.Json.Serialization;

namespace MynaGate.Link.Messages;

/// <summary>
/// The JSON settings both ends of the link use: camel case, enums by name, byte arrays as base64. A message is outside
/// input: a null where the type says never, or a missing constructor value, is refused as malformed (JsonException)
/// rather than reaching code that trusts the type.
/// </summary>
public static class LinkJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
