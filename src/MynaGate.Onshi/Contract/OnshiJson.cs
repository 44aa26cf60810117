using System.Text.Json;
using MynaGate.Link.Messages;

namespace MynaGate.Onshi.Contract;

/// <summary>The emulator's JSON settings: the link's (camel case, enums by name, base64 bytes).</summary>
public static class OnshiJson
{
    public static JsonSerializerOptions Options => LinkJson.Options;
}
