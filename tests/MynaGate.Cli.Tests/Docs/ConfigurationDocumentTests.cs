using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MynaGate.Cli.Docs;
using MynaGate.Hosting;
using MynaGate.Hosting.Settings;
using MynaGate.Onshi.Host;
using MynaGate.Reader.Host;
using MynaGate.Terminal.Host;

namespace MynaGate.Cli.Tests.Docs;

/// <summary>Each key is declared once: what binds, what is validated, what --help lists and what the document shows are that declaration.</summary>
public sealed partial class ConfigurationDocumentTests
{
    public static TheoryData<string> Programs => ["reader", "terminal", "onshi"];

    [Fact]
    public async Task The_key_tables_of_the_configuration_guide_and_the_example_configurations_are_what_the_programs_declare_today()
    {
        var check = await Toolbox.RunAsync("docs", "config", "--check", "--root", Toolbox.Checkout);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public async Task An_example_configuration_edited_by_hand_is_out_of_date_and_docs_config_writes_it_back()
    {
        using var temp = new TestFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "docs"));
        File.Copy(Path.Combine(Toolbox.Checkout, ConfigurationDocument.RelativePath), Path.Combine(temp.Path, ConfigurationDocument.RelativePath));
        string reader = Path.Combine(temp.Path, ExampleConfiguration.Folder, "reader.json");
        Directory.CreateDirectory(Path.GetDirectoryName(reader)!);
        File.WriteAllText(reader, File.ReadAllText(Path.Combine(Toolbox.Checkout, ExampleConfiguration.Folder, "reader.json")).Replace("\"R01\"", "\"R99\"", StringComparison.Ordinal));

        var stale = await Toolbox.RunAsync("docs", "config", "--check", "--root", temp.Path);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("reader.json: out of date", stale.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await Toolbox.RunAsync("docs", "config", "--root", temp.Path)).ExitCode);
        Assert.Equal(ExampleConfiguration.Render(ReaderHost.Definition), File.ReadAllText(reader));
        Assert.Equal(0, (await Toolbox.RunAsync("docs", "config", "--check", "--root", temp.Path)).ExitCode);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Every_key_the_options_bind_is_declared_and_every_declared_key_binds(string program)
    {
        var (definition, options, _) = Program(program);
        var bound = LeafKeys(options, definition.Settings.Section).ToHashSet();
        var declared = definition.Settings.Settings.Select(s => s.Key).ToHashSet();

        Assert.Empty(bound.Except(declared).Order());
        Assert.Empty(declared.Except(bound).Order());
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Every_key_is_explained_in_japanese_as_in_english(string program)
    {
        var catalogue = Program(program).Definition.Settings;

        Assert.All(catalogue.Settings, s => Assert.False(string.IsNullOrWhiteSpace(s.Japanese), s.Key));
        Assert.Equal(catalogue.Notes.Count, catalogue.JapaneseNotes.Count);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void The_help_lists_every_declared_key_with_its_range(string program)
    {
        var (definition, _, _) = Program(program);
        string help = ServiceHost.Usage(definition);

        foreach (var setting in definition.Settings.Settings.Concat(CommonSettings.For(definition.DefaultHealthPort)))
        {
            Assert.Contains("  " + setting.Key + "  (", help, StringComparison.Ordinal);
            if (setting.Range.Length > 0) Assert.Contains(setting.Range, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_value_just_outside_a_declared_range_is_refused_naming_the_key_and_the_bounds_are_taken(string program)
    {
        var (definition, _, validate) = Program(program);
        foreach (var setting in definition.Settings.Settings.Where(s => s.Min is not null))
        {
            Assert.Contains(validate(setting.Key, setting.Max!.Value + 1), p => p.StartsWith(setting.Key + " must be " + setting.Range, StringComparison.Ordinal));
            Assert.Contains(validate(setting.Key, setting.Min!.Value - 1), p => p.StartsWith(setting.Key + " must be", StringComparison.Ordinal));
            Assert.DoesNotContain(validate(setting.Key, setting.Min!.Value), p => p.StartsWith(setting.Key + " ", StringComparison.Ordinal));
            Assert.DoesNotContain(validate(setting.Key, setting.Max!.Value), p => p.StartsWith(setting.Key + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void The_example_configuration_uses_declared_keys_only_with_values_in_their_ranges(string program)
    {
        var (definition, _, _) = Program(program);
        var declared = definition.Settings.Settings.Concat(CommonSettings.For(definition.DefaultHealthPort)).ToDictionary(s => s.Key);
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Toolbox.Checkout, "deploy", "config", program + ".json")).Build();

        var values = configuration.AsEnumerable().Where(kv => kv.Value is not null).ToList();
        Assert.NotEmpty(values);
        foreach (var (key, value) in values)
        {
            // a list of names binds to its key; the items of a list of sections to Key:N:Item
            string declaredKey = ListIndex().Replace(key, m => declared.ContainsKey(key[..m.Index]) ? "" : ":N");
            Assert.True(declared.TryGetValue(declaredKey, out var setting), $"deploy/config/{program}.json: {key} is not a key of {definition.Program}");
            if (setting!.Min is not null) Assert.Null(setting.RangeProblem(double.Parse(value!, CultureInfo.InvariantCulture)));
        }
    }

    [GeneratedRegex(@":\d+(?=:|$)")]
    private static partial Regex ListIndex();

    // the program's definition, a fresh options object, and its validator's problems for one key set to a value
    private static (HostDefinition Definition, object Options, Func<string, double, IReadOnlyList<string>> Validate) Program(string program) => program switch
    {
        "reader" => (ReaderHost.Definition, new ReaderHostOptions(), Validator<ReaderHostOptions>(new ReaderHostOptionsValidator(), ReaderHostOptions.Section)),
        "terminal" => (TerminalHost.Definition, new TerminalHostOptions(), Validator<TerminalHostOptions>(new TerminalHostOptionsValidator(), TerminalHostOptions.Section)),
        "onshi" => (OnshiHost.Definition, new OnshiHostOptions(), Validator<OnshiHostOptions>(new OnshiHostOptionsValidator(), OnshiHostOptions.Section)),
        _ => throw new ArgumentOutOfRangeException(nameof(program)),
    };

    private static Func<string, double, IReadOnlyList<string>> Validator<T>(IValidateOptions<T> validator, string section) where T : class => (key, value) =>
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(key, value.ToString(CultureInfo.InvariantCulture))]).Build();
        var options = configuration.GetSection(section).Get<T>() ?? throw new InvalidOperationException("Nothing bound.");
        var result = validator.Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    };

    // every key configuration binding reaches: properties with a setter, through nested settings and lists of them ("N")
    private static IEnumerable<string> LeafKeys(object options, string prefix)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            string key = $"{prefix}:{property.Name}";
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal)) yield return key;
            else if (typeof(IList).IsAssignableFrom(type) && type.GetGenericArguments() is [var item])
            {
                if (item == typeof(string) || item.IsEnum) yield return key;
                else foreach (string leaf in LeafKeys(Activator.CreateInstance(item)!, key + ":N")) yield return leaf;
            }
            else foreach (string leaf in LeafKeys(property.GetValue(options) ?? Activator.CreateInstance(type)!, key)) yield return leaf;
        }
    }
}
