using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Web;

namespace MynaGate.Reader.Tests;

/// <summary>What the completion screen tells a patient about the card's certificate (R34, R40), as the kiosk draws it.</summary>
public sealed class CompletionScreenTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task The_renewal_notices_show_only_for_the_certificate_they_are_about(bool expiresSoon, bool inGrace)
    {
        await using var html = new ComponentHtml();
        var screen = FlowScreen.For(FlowState.Completed) with { CertificateExpiresSoon = expiresSoon, CertificateInGrace = inGrace };

        string drawn = await html.RenderAsync<ScreenView>(new Dictionary<string, object?>
        {
            ["Screen"] = screen, ["Text"] = new KioskText("en"), ["Options"] = new KioskOptions(),
        });

        Assert.Equal(inGrace, drawn.Contains("data-notice=\"certificate-in-grace\"", StringComparison.Ordinal));
        Assert.Equal(inGrace, drawn.Contains("cannot be shared with the clinic", StringComparison.Ordinal));
        Assert.Equal(expiresSoon, drawn.Contains("expires soon", StringComparison.Ordinal));
    }
}
