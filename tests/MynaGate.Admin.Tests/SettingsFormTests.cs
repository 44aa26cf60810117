using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using MynaGate.Link.Messages;
using MynaGate.Onshi.Contract;

namespace MynaGate.Admin.Tests;

public sealed class SettingsFormTests
{
    private static FormCollection Form(params (string Name, string Value)[] fields) =>
        new FormCollection(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)])));

    [Fact]
    public void The_form_gives_consents_in_the_chosen_order_and_every_setting()
    {
        var (settings, problems) = SettingsForm.Parse(Form(
            ("consent-Comprehensive", "2"), ("consent-PharmacyInformation", "1"), ("consent-LimitApplication", ""),
            ("visualCheck", "true"), ("voice", "true"), ("volume", "35"), ("inputTimeout", "90"),
            ("language", "ko"), ("language", "en"), ("completionMessage", "  お大事に  ")), new ReaderSettings());

        Assert.Empty(problems);
        Assert.Equal([ConsentItem.PharmacyInformation, ConsentItem.Comprehensive], settings.Consents);
        Assert.True(settings.VisualCheck);
        Assert.False(settings.PaperMode);
        Assert.False(settings.DebugMode);
        Assert.Equal(0.35, settings.VoiceVolume, 6);
        Assert.Equal(90, settings.InputTimeoutSeconds);
        Assert.Equal(["ja", "en", "ko"], settings.Languages);
        Assert.Equal("お大事に", settings.CompletionMessage);
        Assert.False(settings.PrescriptionChoice);
        Assert.False(settings.MedicalSubsidyQuestion);
    }

    [Theory]
    [InlineData("National2024")]
    [InlineData("National2025")]
    [InlineData("Before2024")]
    public void A_national_set_wins_over_the_per_screen_order(string set)
    {
        // the per-screen fields stay in the posted form (the page always sends them); the named set decides
        var (settings, problems) = SettingsForm.Parse(Form(("consentSet", set), ("consent-PharmacyInformation", "1"),
            ("consent-Comprehensive", "1"), ("prescriptionChoice", "true"), ("medicalSubsidyQuestion", "true")), new ReaderSettings());

        Assert.Empty(problems);
        Assert.Equal(ConsentSets.ByName[set], settings.Consents);
        Assert.True(settings.PrescriptionChoice);
        Assert.True(settings.MedicalSubsidyQuestion);
    }

    [Fact]
    public void An_unknown_set_is_refused_and_the_defaults_are_the_2024_set_with_the_prescription_choice()
    {
        var (_, problems) = SettingsForm.Parse(Form(("consentSet", "National2023")), new ReaderSettings());

        Assert.Contains(problems, p => p.Contains("組み合わせ", StringComparison.Ordinal));
        Assert.Equal(ConsentSets.National2024, new ReaderSettings().Consents);
        Assert.True(new ReaderSettings().PrescriptionChoice);
        Assert.True(new ReaderSettings().MedicalSubsidyQuestion);
        Assert.Equal(nameof(ConsentSets.National2024), ConsentSets.NameOf([.. ConsentSets.National2024]));
        Assert.Null(ConsentSets.NameOf([ConsentItem.PharmacyInformation]));
    }

    [Theory]
    [InlineData("consent-PharmacyInformation", "1", "consent-Comprehensive", "1", "重なって")]
    [InlineData("volume", "150", "inputTimeout", "60", "音量")]
    [InlineData("volume", "loud", "inputTimeout", "60", "音量")]
    [InlineData("inputTimeout", "5", "volume", "50", "input timeout")]
    [InlineData("language", "xx", "volume", "50", "言語")]
    public void A_field_that_cannot_be_used_is_named(string field, string value, string other, string otherValue, string expected)
    {
        var (_, problems) = SettingsForm.Parse(Form((field, value), (other, otherValue)), new ReaderSettings());

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_longer_than_the_limit_is_refused()
    {
        var (_, problems) = SettingsForm.Parse(Form(("completionMessage", new string('あ', ReaderSettings.MaxMessageLength + 1))), new ReaderSettings());

        Assert.Single(problems);
    }

    [Fact]
    public void Log_filters_read_clinic_times_and_refuse_unknown_events()
    {
        var (query, problem) = LogFilter.Parse(new QueryCollection(new Dictionary<string, StringValues>
        {
            ["reader"] = "R02", ["event"] = "SessionFailed", ["code"] = "e101", ["errors"] = "true", ["from"] = "2026-11-21T09:00",
        }));
        var (_, unknown) = LogFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { ["event"] = "DropTables" }));
        var (_, badTime) = LogFilter.Parse(new QueryCollection(new Dictionary<string, StringValues> { ["to"] = "yesterday" }));

        Assert.Null(problem);
        Assert.Equal("R02", query.ReaderId);
        Assert.Equal(Terminal.Logging.TerminalEvent.SessionFailed, query.Event);
        Assert.Equal("E101", query.ErrorCode);
        Assert.True(query.ErrorsOnly);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), query.From);
        Assert.NotNull(unknown);
        Assert.NotNull(badTime);
    }
}
