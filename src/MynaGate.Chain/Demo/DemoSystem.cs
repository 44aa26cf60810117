using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Card.Virtual;
using MynaGate.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Web;

namespace MynaGate.Chain.Demo;

/// <summary>
/// <c>./mynagate demo</c>: the deployment a clinic installs — national-service emulator, terminal, readers with their
/// kiosk screens, each a process of its own started from its configuration file (<see cref="DeployedChain"/>) — on
/// fixed loopback ports, plus a control page that plays the patient's hands (card in, card out, paper laid).
/// </summary>
public sealed partial class DemoSystem : IAsyncDisposable
{
    private readonly WebApplication _control;
    private readonly ComponentHtml _html = new();
    private readonly HttpClient _screens = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly IReadOnlyList<DemoPatient> _patients;
    private readonly ConcurrentDictionary<string, (DemoPatient Patient, string? Pin)> _placed = new();

    private DemoSystem(DeployedChain chain, IReadOnlyList<DemoPatient> patients, int controlPort)
    {
        Chain = chain;
        _patients = patients;
        var builder = WebApplication.CreateSlimBuilder();
        // the demo prints to its console: ASP.NET Core's own warnings and errors (a failed request) show there
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _control = builder.Build();
        _control.Urls.Add($"http://{IPAddress.Loopback}:{controlPort}");
        Map(_control);
    }

    public const string AdminName = "admin";

    public DeployedChain Chain { get; }

    /// <summary>The console password of <see cref="AdminName"/> for this run.</summary>
    public required string AdminPassword { get; init; }

    /// <summary>The reader API key of this run's demo reception system (docs/reader-api.md).</summary>
    public string ReceptionApiKey => Chain.ReceptionApiKey;

    public Uri ControlAddress => new(_control.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<DemoSystem> StartAsync(string stateDirectory, string shared, int portBase = DemoSite.PortBase, CancellationToken cancellationToken = default)
    {
        // a new password each run: nothing but its hash is kept, and it is printed for the person at the demo
        string password = NewPassword();
        var chain = await DeployedChain.StartAsync(Options(stateDirectory, password, portBase), cancellationToken).ConfigureAwait(false);
        var demo = new DemoSystem(chain, DemoPatients.Load(shared), DemoSite.PortsAt(portBase).DemoControl) { AdminPassword = password };
        try
        {
            await demo._control.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await demo.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return demo;
    }

    /// <summary>The demo's settings: every path walkable — 目視確認 offered, 公費 paper mode on, screen IDs shown.</summary>
    public static ChainOptions Options(string stateDirectory, string adminPassword, int portBase) => new()
    {
        StateDirectory = stateDirectory,
        Readers = DemoSite.Readers,
        // each reader has a smartphones' reader: the control page holds a virtual Android phone or iPhone over it
        SmartphoneReaders = true,
        Ports = DemoSite.PortsAt(portBase),
        FirstHealthPort = DemoSite.FirstHealthPortAt(portBase),
        Kiosk = new KioskOptions { DebugMode = true },
        Flow = new FlowOptions
        {
            LivePreview = true,
            VisualCheckEnabled = true,
            PaperMode = true,
            // the 保険証 too (R19), so every certificate the control page lays can be read
            PaperForms = [CertificateForm.ChildMedical, CertificateForm.SingleParentMedical, CertificateForm.DisabilityMedical, CertificateForm.HealthInsuranceCard, CertificateForm.QualificationCertificate],
        },
        Admin = (AdminName, adminPassword),
    };

    /// <summary>
    /// Places the card of <paramref name="patientKey"/> on <paramref name="readerId"/>, or holds their phone over its
    /// smartphones' reader (<paramref name="kind"/> Android or IPhone; the patient taps スマートフォン first).
    /// </summary>
    public async Task InsertAsync(string readerId, string patientKey, bool fresh, VirtualCardKind kind = VirtualCardKind.Card)
    {
        var reader = Reader(readerId);
        var patient = _patients.FirstOrDefault(p => p.Key == patientKey) ?? throw new ArgumentException($"no demo patient {patientKey}", nameof(patientKey));
        bool phone = kind is VirtualCardKind.Android or VirtualCardKind.IPhone;
        var slot = phone ? reader.PhoneSlot ?? throw new ArgumentException($"reader {readerId} has no smartphones' reader", nameof(readerId)) : reader.Slot;
        var card = await Chain.CardAsync(patient.Seed, patient.ChipPhoto, patient.Scenario, fresh, kind).ConfigureAwait(false);
        // the cameras first: the reader opens them once the card is in (a phone lays nothing on the card tray)
        if (!phone) reader.Cameras.Show(card.Image.Persona, patient.Seed, patient.LoadFrames(), ChainReader.ChipPhoto(card));
        await slot.InsertAsync(card).ConfigureAwait(false);
        var persona = card.Image.Persona;
        _placed[readerId] = (patient, kind switch { VirtualCardKind.Android => persona.PhonePin, VirtualCardKind.IPhone => null, _ => persona.Pin });
    }

    /// <summary>Takes the card, or the phone, away.</summary>
    public async Task RemoveAsync(string readerId)
    {
        var reader = Reader(readerId);
        await reader.Slot.RemoveAsync().ConfigureAwait(false);
        reader.Cameras.TakeCard();
        if (reader.PhoneSlot is not null) await reader.PhoneSlot.RemoveAsync().ConfigureAwait(false);
        _placed.TryRemove(readerId, out _);
    }

    public void PlaceCertificate(string readerId, CertificateForm form)
    {
        int seed = _placed.TryGetValue(readerId, out var placed) ? placed.Patient.Seed : 300;
        Reader(readerId).Cameras.PlaceCertificate(CertificateGenerator.Generate(form, seed, LocalChain.Today), seed);
    }

    private static string NewPassword()
    {
        // no look-alike characters (0/O, 1/l/I): the password is read off a terminal and typed
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 16);
    }

    private DeployedReader Reader(string readerId) =>
        Chain.Readers.FirstOrDefault(r => r.Id == readerId) ?? throw new ArgumentException($"no reader {readerId}", nameof(readerId));

    private void Map(WebApplication app)
    {
        app.MapGet("/", async () => Results.Content(await _html.RenderAsync<DemoControlPage>(new Dictionary<string, object?>
        {
            ["Readers"] = await Task.WhenAll(Chain.Readers.Select(ViewAsync)).ConfigureAwait(false),
            ["Patients"] = _patients,
            ["FaceFolder"] = Chain.FaceFolder,
        }).ConfigureAwait(false), "text/html; charset=utf-8"));
        app.MapPost("/insert", (HttpRequest request) => Act(request, form =>
        {
            string named = form["kind"].ToString();
            var kind = named.Length == 0 ? VirtualCardKind.Card
                : Enum.TryParse(named, out VirtualCardKind k) && k is VirtualCardKind.Card or VirtualCardKind.Android or VirtualCardKind.IPhone ? k
                : throw new ArgumentException("unknown kind: card, Android or IPhone");
            return InsertAsync(form["reader"].ToString(), form["patient"].ToString(), form["fresh"] == "true", kind);
        }));
        app.MapPost("/remove", (HttpRequest request) => Act(request, form => RemoveAsync(form["reader"].ToString())));
        app.MapPost("/certificate", (HttpRequest request) => Act(request, form =>
        {
            if (!Enum.TryParse(form["form"].ToString(), out CertificateForm certificate)) throw new ArgumentException("unknown certificate form");
            PlaceCertificate(form["reader"].ToString(), certificate);
            return Task.CompletedTask;
        }));
    }

    private static async Task<IResult> Act(HttpRequest request, Func<IFormCollection, Task> action)
    {
        if (!SameOrigin.IsSameOrigin(request)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        try
        {
            await action(await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(e.Message);
        }
        return Results.Redirect("/", permanent: false);
    }

    private async Task<DemoReaderView> ViewAsync(DeployedReader reader)
    {
        bool placed = _placed.TryGetValue(reader.Id, out var card);
        return new DemoReaderView(reader.Id, reader.Kiosk, await ScreenIdAsync(reader).ConfigureAwait(false), placed ? card.Patient : null, placed ? card.Pin : null);
    }

    // the reader is a process of its own: its screen is what its kiosk page shows
    private async Task<string> ScreenIdAsync(DeployedReader reader)
    {
        try
        {
            string screen = await _screens.GetStringAsync(new Uri(reader.Kiosk, "screen")).ConfigureAwait(false);
            return ScreenIdOnScreen().Match(screen) is { Success: true } id ? id.Groups[1].Value : "—";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "—";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("data-screen-id=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex ScreenIdOnScreen();

    public async ValueTask DisposeAsync()
    {
        await _control.StopAsync().ConfigureAwait(false);
        await _control.DisposeAsync().ConfigureAwait(false);
        await _html.DisposeAsync().ConfigureAwait(false);
        _screens.Dispose();
        await Chain.DisposeAsync().ConfigureAwait(false);
    }
}
