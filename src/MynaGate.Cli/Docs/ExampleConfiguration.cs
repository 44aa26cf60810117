using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MynaGate.Hosting;
using MynaGate.Onshi.Host;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Cli.Docs;

/// <summary>
/// The example configurations in deploy/config, one per program, written from the settings' declared examples
/// (<see cref="Hosting.Settings.Setting.Example"/>), so an example can name no key a program does not read.
/// </summary>
public static class ExampleConfiguration
{
    public const string Folder = "deploy/config";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<(string Name, string Text)> All() =>
    [
        ("reader.json", Render(ReaderHost.Definition)),
        ("terminal.json", Render(TerminalHost.Definition)),
        ("onshi.json", Render(OnshiHost.Definition)),
    ];

    public static string Render(HostDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var root = new JsonObject();
        foreach (var setting in definition.Settings.Settings.Where(s => s.Example is not null))
            Place(root, setting.Key.Split(':'), JsonSerializer.SerializeToNode(setting.Example)!);
        // every example names the program's health port, at its default, so an installer sees where /health is
        Place(root, ["Health", "Port"], JsonValue.Create(definition.DefaultHealthPort));
        return root.ToJsonString(Json) + "\n";
    }

    private static void Place(JsonObject node, ReadOnlySpan<string> path, JsonNode value)
    {
        if (path.Length == 1)
        {
            node[path[0]] = value;
            return;
        }
        if (path[1] == "N")
        {
            // a list of sections (Onshi:Terminals:N:…): the example holds one
            if (node[path[0]] is not JsonArray list) node[path[0]] = list = [];
            if (list.Count == 0) list.Add(new JsonObject());
            Place((JsonObject)list[0]!, path[2..], value);
            return;
        }
        if (node[path[0]] is not JsonObject child) node[path[0]] = child = [];
        Place(child, path[1..], value);
    }
}
