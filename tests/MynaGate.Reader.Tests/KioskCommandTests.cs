using MynaGate.Link.Messages;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;

namespace MynaGate.Reader.Tests;

/// <summary>The kiosk's taps become flow inputs only when they name a known choice; anything else is dropped.</summary>
public sealed class KioskCommandTests
{
    [Theory]
    [InlineData("Electronic", PrescriptionIssue.Electronic)]
    [InlineData("Paper", PrescriptionIssue.Paper)]
    public void A_prescription_tap_names_its_choice(string value, PrescriptionIssue expected)
    {
        var input = new KioskCommand("prescription", value, Screen: 7).ToInput();

        Assert.Equal(new ChoosePrescription(expected) { Screen = 7 }, input);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    [InlineData("electronic ")]
    [InlineData("")]
    [InlineData(null)]
    public void A_prescription_tap_by_number_or_unknown_name_is_dropped(string? value) =>
        Assert.Null(new KioskCommand("prescription", value, Screen: 7).ToInput());

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void A_medical_subsidy_tap_names_its_answer(string value, bool use) =>
        Assert.Equal(new ChooseMedicalSubsidies(use) { Screen = 9 }, new KioskCommand("subsidy", value, Screen: 9).ToInput());

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData(null)]
    public void A_medical_subsidy_tap_without_a_yes_or_no_is_dropped(string? value) =>
        Assert.Null(new KioskCommand("subsidy", value, Screen: 9).ToInput());

    [Fact]
    public void The_accessible_mode_is_asked_on_any_screen_the_tap_names()
    {
        Assert.Equal(new UseAccessibleMode { Screen = 12 }, new KioskCommand("accessible", null, Screen: 12).ToInput());
        Assert.Null(new KioskCommand("accessible", null).ToInput());
    }

    [Fact]
    public void The_individual_choice_carries_its_screen_and_needs_one()
    {
        Assert.Equal(new ChooseIndividually { Screen = 3 }, new KioskCommand("individual", null, Screen: 3).ToInput());
        Assert.Null(new KioskCommand("individual", null).ToInput());
    }
}
