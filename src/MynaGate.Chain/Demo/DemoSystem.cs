using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MynaGate.Certificates;
using MynaGate.Ocr.Synthetic;
using MynaGate.Reader.Flow;
using MynaGate.Reader.Kiosk;
using MynaGate.Web;

namespace MynaGate.Chain.Demo;

/// <summary>
/// <c>./mynagate demo</c>: the whole chain — national-service emulator, terminal, readers with their kiosk screens —
/// on fixed loopback ports, plus a control page that plays the patient's hands (card in, card out, paper laid).
/// </summary>
public sealed class DemoSystem : IAsyncDisposable
{
    private readonly WebApplication _control;
    private readonly ComponentHtml _html = new();
    private readonly IReadOnlyList<DemoPatient> _patients;
    private readonly ConcurrentDictionary<string, (DemoPatient Patient, string Pin)> _placed = new();

    private DemoSystem(LocalChain chain, IReadOnlyList<DemoPatient> patients, int controlPort)
    {
        Chain = chain;
        _patients = patients;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _control = builder.Build();
        _control.Urls.Add($"http://{IPAddress.Loopback}:{controlPort}");
        Map(_control);
    }

    public const string AdminName = "admin";

    public LocalChain Chain { get; }

    /// <summary>The console password of <see cref="AdminName"/> for this run.</summary>
    public string? AdminPassword { get; private set; }

    /// <summary>The reader API key of this run's demo reception system (docs/reader-api.md).</summary>
    public string? ReceptionApiKey { get; private set; }

    public Uri ControlAddress => new(_control.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<DemoSystem> StartAsync(ChainOptions options, string shared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chain = await LocalChain.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var demo = new DemoSystem(chain, DemoPatients.Load(shared), options.Ports.DemoControl);
        try
        {
            await demo._control.StartAsync(cancellationToken).ConfigureAwait(false);
            if (chain.Console is not null)
            {
                // a new password each run: nothing but its hash is kept, and it is printed for the person at the demo
                demo.AdminPassword = NewPassword();
                await chain.Console.Accounts.SetPasswordAsync(AdminName, demo.AdminPassword).ConfigureAwait(false);
                demo.ReceptionApiKey = chain.Console.ApiKeys.Create("demo-reception");
            }
        }
        catch
        {
            await demo.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return demo;
    }

    /// <summary>The demo's settings: every path walkable — 目視確認 offered, 公費 paper mode on, the consent screens of R12.</summary>
    public static ChainOptions Options(string stateDirectory) => new()
    {
        StateDirectory = stateDirectory,
        Readers = DemoSite.Readers,
        Ports = DemoSite.Ports,
        Kiosks = true,
        Console = true,
        Flow = new FlowOptions
        {
            VisualCheckEnabled = true,
            PaperMode = true,
            PaperForms = [CertificateForm.ChildMedical, CertificateForm.SingleParentMedical, CertificateForm.DisabilityMedical, CertificateForm.HealthInsuranceCard],
        },
        Kiosk = new KioskOptions { DebugMode = true },
    };

    /// <summary>Places the card of <paramref name="patientKey"/> on <paramref name="readerId"/>.</summary>
    public async Task InsertAsync(string readerId, string patientKey, bool fresh)
    {
        var reader = Reader(readerId);
        var patient = _patients.FirstOrDefault(p => p.Key == patientKey) ?? throw new ArgumentException($"no demo patient {patientKey}", nameof(patientKey));
        var card = await Chain.CardAsync(patient.Seed, patient.ChipPhoto, fresh: fresh).ConfigureAwait(false);
        await reader.InsertAsync(card, patient.Seed, patient.LoadFrames()).ConfigureAwait(false);
        _placed[readerId] = (patient, card.Image.Persona.Pin);
    }

    public async Task RemoveAsync(string readerId)
    {
        await Reader(readerId).RemoveAsync().ConfigureAwait(false);
        _placed.TryRemove(readerId, out _);
    }

    public void PlaceCertificate(string readerId, CertificateForm form)
    {
        int seed = _placed.TryGetValue(readerId, out var placed) ? placed.Patient.Seed : 300;
        Reader(readerId).PlaceCertificate(CertificateGenerator.Generate(form, seed, LocalChain.Today), seed);
    }

    private static string NewPassword()
    {
        // no look-alike characters (0/O, 1/l/I): the password is read off a terminal and typed
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 16);
    }

    private ChainReader Reader(string readerId) =>
        Chain.Readers.FirstOrDefault(r => r.Id == readerId) ?? throw new ArgumentException($"no reader {readerId}", nameof(readerId));

    private void Map(WebApplication app)
    {
        app.MapGet("/", async () => Results.Content(await _html.RenderAsync<DemoControlPage>(new Dictionary<string, object?>
        {
            ["Readers"] = Chain.Readers.Select(View).ToList(),
            ["Patients"] = _patients,
            ["FaceFolder"] = Chain.FaceFolder,
        }).ConfigureAwait(false), "text/html; charset=utf-8"));
        app.MapPost("/insert", (HttpRequest request) => Act(request, form => InsertAsync(form["reader"].ToString(), form["patient"].ToString(), form["fresh"] == "true")));
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

    private DemoReaderView View(ChainReader reader)
    {
        bool placed = _placed.TryGetValue(reader.Id, out var card);
        return new DemoReaderView(reader.Id, reader.Kiosk?.Address, reader.Flow.Screen.ScreenId, placed ? card.Patient : null, placed ? card.Pin : null);
    }

    public async ValueTask DisposeAsync()
    {
        await _control.StopAsync().ConfigureAwait(false);
        await _control.DisposeAsync().ConfigureAwait(false);
        await _html.DisposeAsync().ConfigureAwait(false);
        await Chain.DisposeAsync().ConfigureAwait(false);
    }
}
