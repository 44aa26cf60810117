using System.Text.Json;
using Microsoft.Playwright;
using MynaGate.Card.Pcsc;
using MynaGate.Card.Virtual;
using MynaGate.Card.Virtual.Vpcd;
using MynaGate.Chain;
using MynaGate.Tests;

namespace MynaGate.Kiosk.Tests;

/// <summary>
/// The deployment a clinic installs: the national-service emulator, the terminal and one reader as three OS processes
/// started from configuration files, paired by staff through the console in Chromium with the code read off the
/// reader's own screen, then a patient's PIN verification through to the result XML.
/// </summary>
[Collection(DeploymentGroup.Name)]
public sealed class DeploymentTests : IAsyncLifetime
{
    private const int Seed = 544;
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(60);
    private readonly string _folder = TempFolders.LettersOnly("mynagate-deploy-");
    private readonly List<ServiceProcess> _hosts = [];
    private VpcdLock? _slots;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static string Models => Environment.GetEnvironmentVariable("MYNAGATE_MODELS") is { Length: > 0 } m ? m : "models";

    public async Task InitializeAsync()
    {
        string state = Environment.GetEnvironmentVariable("MYNAGATE_STATE") is { Length: > 0 } s ? s : ".state";
        _slots = await VpcdLock.AcquireAsync(state, TimeSpan.FromMinutes(20));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    [Fact]
    public async Task Three_hosts_pair_through_the_console_by_the_readers_screen_code_and_a_pin_verification_writes_the_xml()
    {
        var ports = HostPorts.Next();
        string onshiState = Dir("onshi"), terminalState = Dir("terminal"), face = Dir("Face");
        var provisioner = new VirtualCardProvisioner(Dir("cards"));
        var card = provisioner.Reissue(Seed, null);
        Assert.True(PersonalValues.ScansShortValues(card.Image.Persona));
        await ChainEnrolment.EnrolAsync(Path.Combine(onshiState, "onshi.db"), card, Seed);
        string onshiPin = ChainConfiguration.PinOf(Path.Combine(onshiState, "identity.pfx"), "MynaGate");
        string terminalPin = ChainConfiguration.PinOf(Path.Combine(terminalState, "identity.pfx"), "MynaGate");
        string cardReader;
        using (var context = PcscContext.Establish()) cardReader = VpcdReaders.ForPort(context, VpcdSlot.FirstPort);

        var onshi = Run("mynagate-onshi", new
        {
            Onshi = new
            {
                Listen = $"127.0.0.1:{ports.Onshi}", StateDirectory = onshiState, AuthorityDirectory = provisioner.AuthorityDirectory,
                Terminals = new[] { new { CertificatePin = terminalPin, MedicalInstitutionCode = "1311111114" } },
            },
            Health = new { Port = ports.OnshiHealth },
        });
        await onshi.WaitHealthyAsync(ports.OnshiHealth, Start);
        var terminal = Run("mynagate-terminal", TerminalSettings(ports, terminalState, face, onshiPin));
        var reader = Run("mynagate-reader", ReaderSettings(ports, "MG-R01-0701", cardReader, provisioner.AuthorityDirectory));
        await terminal.WaitHealthyAsync(ports.TerminalHealth, Start);
        await reader.WaitHealthyAsync(ports.ReaderHealth, Start);

        // the reader's own screen shows its code; the staff type it into the console
        var kiosk = await _browser!.NewPageAsync();
        await kiosk.GotoAsync($"http://127.0.0.1:{ports.Kiosk}/");
        string code = await kiosk.Locator("[data-pairing-code]").GetAttributeAsync("data-pairing-code", new() { Timeout = Screens.Step }) ?? "";
        Assert.Matches("^[0-9]{6}$", code);

        var staff = await (await _browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true })).NewPageAsync();
        await staff.GotoAsync($"https://127.0.0.1:{ports.Console}/login");
        await staff.Locator("input[name='name']").FillAsync("admin");
        await staff.Locator("input[name='password']").FillAsync((await File.ReadAllTextAsync(Path.Combine(terminalState, "initial-admin-password.txt"))).Trim());
        await staff.Locator("form[action='/login'] button[type='submit']").ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync(new() { Timeout = Screens.Step });
        // over HTTPS the session cookie is Secure, out of scripts' reach and never sent from another site
        var session = Assert.Single(await staff.Context.CookiesAsync(), c => c.Name == "mynagate-console");
        Assert.True(session.Secure && session.HttpOnly, "the console's session cookie must be Secure and HttpOnly");
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        await staff.GotoAsync($"https://127.0.0.1:{ports.Console}/readers/add");
        await staff.Locator("#address").FillAsync($"https://127.0.0.1:{ports.Link}/");
        await staff.Locator("#code").FillAsync(code);
        await staff.GetByRole(AriaRole.Button, new() { Name = "ペアリングする" }).ClickAsync();
        await staff.GetByText("R01 (シリアル番号 MG-R01-0701) とペアリングしました。").WaitForAsync(new() { Timeout = Screens.Step });

        // paired: the kiosk leaves the code for the idle screen, and a patient verifies by PIN
        await Screens.ReachAsync(kiosk, "1-1", "deployed-idle");
        // removed when the test ends, even when it fails, so the next test finds the slot empty
        await using var slot = new VpcdSlot(VpcdSlot.FirstPort);
        await slot.InsertAsync(card);
        await Screens.ReachAsync(kiosk, "2-1", "deployed-method");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "4-1", "deployed-pin");
        await WalkPinVerificationAsync(kiosk, card.Image.Persona.Pin, reader);
        var xml = await WaitForFileAsync(face, "OQSsiquc01res_face_*.xml");
        string written = await File.ReadAllTextAsync(xml);
        Assert.Contains("<ProcessingResultStatus>1</ProcessingResultStatus>", written, StringComparison.Ordinal);
        Assert.Contains("<PrescriptionIssueSelect>1</PrescriptionIssueSelect>", written, StringComparison.Ordinal);
        Assert.Contains("<PharmacistsInfoConsFlg>1</PharmacistsInfoConsFlg>", written, StringComparison.Ordinal);
        await slot.RemoveAsync();

        // each stops on SIGTERM within 5 s and leaves no temporary file
        foreach (var host in new[] { reader, terminal, onshi })
        {
            var took = await host.TerminateAsync(TimeSpan.FromSeconds(10));
            Assert.True(took < TimeSpan.FromSeconds(5), $"the stop took {took.TotalSeconds:0.0} s:\n{host.Output}");
            Assert.Equal(0, host.ExitCode);
        }
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp", SearchOption.AllDirectories));

        // the patient's values appear in no process's output and in no file of the three hosts, the national
        // service's own store and the result XML's qualification fields apart
        var values = PersonalValues.Of(card.Image.Persona);
        var leaks = new List<string>();
        foreach (var (name, host) in new[] { ("reader", reader), ("terminal", terminal), ("emulator", onshi) })
            leaks.AddRange(PersonalValues.Leaks(System.Text.Encoding.UTF8.GetBytes(host.Output), values, $"the {name}'s output"));
        foreach (string file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Dir("cards"), StringComparison.Ordinal) && !f.StartsWith(Path.Combine(onshiState, "onshi.db"), StringComparison.Ordinal)))
        {
            bool resultXml = file.StartsWith(face, StringComparison.Ordinal);
            leaks.AddRange(PersonalValues.Leaks(await File.ReadAllBytesAsync(file), PersonalValues.Of(card.Image.Persona, resultXml), Path.GetRelativePath(_folder, file)));
        }
        Assert.True(leaks.Count == 0, string.Join("; ", leaks));
    }

    /// <summary>
    /// docs/national-service-emulator.md's steps as a vendor takes them: pins read off the programs' logs, the terminal
    /// added to the emulator and the emulator started again, the reader paired with `mynagate pair`, the card issued by
    /// the emulator's own authority and its person enrolled by `mynagate vcard`, whose printed PIN the patient types.
    /// </summary>
    [Fact]
    public async Task The_vendors_kit_page_walked_as_written_ends_in_a_result_xml_that_xml_check_passes()
    {
        const int seed = 545;
        var ports = HostPorts.Next();
        string onshiState = Dir("onshi"), authority = Dir("authority"), terminalState = Dir("terminal"), face = Dir("Face");
        string cardReader;
        using (var context = PcscContext.Establish()) cardReader = VpcdReaders.ForPort(context, VpcdSlot.FirstPort);
        object Onshi(params object[] terminals) => new
        {
            Onshi = new { Listen = $"127.0.0.1:{ports.Onshi}", StateDirectory = onshiState, AuthorityDirectory = authority, Terminals = terminals },
            Health = new { Port = ports.OnshiHealth },
        };

        // 1. the emulator logs its pin
        var onshi = Run("mynagate-onshi", Onshi());
        await onshi.WaitHealthyAsync(ports.OnshiHealth, Start);
        string onshiPin = await LoggedAsync(onshi, "its certificate pin is ");
        // 2. the terminal, given that pin, logs its own and its console's; the emulator learns the terminal's and restarts
        var terminal = Run("mynagate-terminal", TerminalSettings(ports, terminalState, face, onshiPin));
        await terminal.WaitHealthyAsync(ports.TerminalHealth, Start);
        string terminalPin = await LoggedAsync(terminal, "(for the national service) is ");
        string consoleFingerprint = await LoggedAsync(terminal, "SHA-256 fingerprint is ");
        await onshi.TerminateAsync(TimeSpan.FromSeconds(10));
        onshi = Run("mynagate-onshi", Onshi(new { CertificatePin = terminalPin, MedicalInstitutionCode = "1311111114" }));
        await onshi.WaitHealthyAsync(ports.OnshiHealth, Start);
        // 3. the reader, paired as install.md says: the code off its screen, `mynagate pair` with the console's account
        var reader = Run("mynagate-reader", ReaderSettings(ports, "MG-R01-0702", cardReader, authority));
        await reader.WaitHealthyAsync(ports.ReaderHealth, Start);
        var kiosk = await _browser!.NewPageAsync();
        await kiosk.GotoAsync($"http://127.0.0.1:{ports.Kiosk}/");
        string code = await kiosk.Locator("[data-pairing-code]").GetAttributeAsync("data-pairing-code", new() { Timeout = Screens.Step }) ?? "";
        var pair = Tool("mynagate", "pair", "--console", $"https://127.0.0.1:{ports.Console}/", "--user", "admin",
            "--password-file", Path.Combine(terminalState, "initial-admin-password.txt"), "--reader", $"https://127.0.0.1:{ports.Link}/",
            "--code", code, "--fingerprint", consoleFingerprint);
        Assert.True(await pair.WaitForExitAsync(Start) == 0, pair.Output);
        await Screens.ReachAsync(kiosk, "1-1", "vendor-kit-idle");
        // 4. a card the emulator issued and knows, in the vpcd slot until the tool is stopped; the PIN it prints
        var vcard = Tool("mynagate-dev", "vcard", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--authority", authority, "--enrol", onshiState);
        string pin = await LoggedAsync(vcard, "利用者証明用 PIN: ", length: 4);
        await Screens.ReachAsync(kiosk, "2-1", "vendor-kit-method");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "暗証番号", Exact = true }).ClickAsync();
        await Screens.ReachAsync(kiosk, "4-1", "vendor-kit-pin");
        await WalkPinVerificationAsync(kiosk, pin, reader);

        var xml = await WaitForFileAsync(face, "OQSsiquc01res_face_*.xml");
        var check = Tool("mynagate", "xml", "check", xml);
        Assert.True(await check.WaitForExitAsync(Start) == 0, check.Output);
        Assert.Contains("<ProcessingResultStatus>1</ProcessingResultStatus>", await File.ReadAllTextAsync(xml), StringComparison.Ordinal);
        await vcard.TerminateAsync(TimeSpan.FromSeconds(10));
    }

    // a host's or tool's log line with a value after prefix (hex digits by default): what the page tells a vendor to read
    private static async Task<string> LoggedAsync(ServiceProcess process, string prefix, int length = 64)
    {
        var pattern = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(prefix) + $"([0-9A-Fa-f]{{{length}}})");
        var until = DateTime.UtcNow + Start;
        while (DateTime.UtcNow < until)
        {
            if (pattern.Match(process.Output) is { Success: true } found) return found.Groups[1].Value;
            if (process.HasExited) break;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no \"{prefix}…\" in the output:\n{process.Output}");
    }

    private ServiceProcess Tool(string program, params string[] arguments)
    {
        var tool = ServiceProcess.Start(program, arguments);
        _hosts.Add(tool);
        return tool;
    }

    [Theory]
    [InlineData("mynagate-onshi", "Onshi:ResponseDelayMs=-1", "Onshi:ResponseDelayMs")]
    [InlineData("mynagate-terminal", "Terminal:LicensedReaders=0", "Terminal:LicensedReaders")]
    [InlineData("mynagate-terminal", "Terminal:Console:Https=false", "Terminal:Console:Https")]
    [InlineData("mynagate-reader", "Reader:LinkListen=nowhere", "Reader:LinkListen")]
    [InlineData("mynagate-reader", "Reader:FaceCamera:Device=/dev/video9", "Reader:FaceCamera")]
    [InlineData("mynagate-reader", "Reader:Flow:InputTimeoutSeconds=5", "Reader:Flow:InputTimeoutSeconds")]
    // the console's range: 12 s was taken here and refused there
    [InlineData("mynagate-reader", "Reader:Flow:InputTimeoutSeconds=12", "Reader:Flow:InputTimeoutSeconds")]
    [InlineData("mynagate-reader", "Reader:Flow:Consents:0=Everything", "Reader:Flow:Consents")]
    [InlineData("mynagate-reader", "Reader:Flow:ConsentSet=National2023", "Reader:Flow:ConsentSet")]
    [InlineData("mynagate-reader", "Reader:SmartphoneReader=*", "Reader:SmartphoneReader")]
    [InlineData("mynagate-reader", "Reader:FaceRecognizer=w600k-mbf-int8", "Reader:FaceRecognizer")]
    [InlineData("mynagate-reader", "Reader:FaceRecognizer=nobody", "Reader:FaceRecognizer")]
    public async Task A_bad_value_stops_the_start_with_one_line_naming_its_key(string program, string bad, string key)
    {
        var provisioner = new VirtualCardProvisioner(Dir("cards"));
        using (provisioner.LoadAuthority()) { }
        string pem = Path.Combine(provisioner.AuthorityDirectory, "card-face-root.pem");
        await File.WriteAllTextAsync(pem, "not read before validation passes");
        // everything valid but the one value under test
        object settings = program switch
        {
            "mynagate-onshi" => new { Onshi = new { StateDirectory = Dir("onshi"), AuthorityDirectory = provisioner.AuthorityDirectory } },
            "mynagate-terminal" => new
            {
                Terminal = new
                {
                    StateDirectory = Dir("terminal"), FaceFolder = Dir("Face"), MedicalInstitutionCode = "1311111114",
                    NationalService = new { Url = "https://127.0.0.1:1/", CertificatePin = new string('A', 64) }, Console = new { Listen = "0.0.0.0:0" },
                },
            },
            _ => new
            {
                Reader = new
                {
                    Id = "R01", Serial = "MG-1", StateDirectory = Dir("reader"), CardReader = "Virtual PCD 00 00",
                    FaceCamera = new { Folder = Dir("face-camera") }, CardCamera = new { Folder = Dir("card-camera") },
                    CardFaceRootKeyFile = pem, ModelsDirectory = Models,
                },
            },
        };
        var host = Run(program, settings, bad, "Health:Port=0");
        int exit = await host.WaitForExitAsync(Start);

        Assert.Equal(2, exit);
        string[] lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith($"{program}: configuration: {key}", line, StringComparison.Ordinal);
    }

    /// <summary>The PIN pad, then every consent screen with the defaults (包括同意, then 電子処方箋), until 8-1.</summary>
    private static async Task WalkPinVerificationAsync(IPage kiosk, string pin, ServiceProcess reader)
    {
        await Screens.EnterPinAsync(kiosk, pin);
        var consentOrDone = kiosk.Locator("section.screen[data-screen-id^='6-'], section.screen[data-screen-id='8-1']");
        while (true)
        {
            await consentOrDone.WaitForAsync(new() { Timeout = Screens.Step });
            if (await consentOrDone.GetAttributeAsync("data-screen-id") == "8-1") break;
            string consent = (await consentOrDone.GetAttributeAsync("data-screen-id"))!;
            try
            {
                // the defaults: 包括同意, then the prescription choice
                var screen = kiosk.Locator($"section.screen[data-screen-id='{consent}']");
                try
                {
                    await kiosk.GetByRole(AriaRole.Button, new() { Name = consent == "6-P" ? "電子処方箋" : "同意する", Exact = true }).ClickAsync();
                }
                catch (TimeoutException)
                {
                    // a redraw of the same screen (the terminal pushing its settings once it sees the reader) can
                    // replace the button during the click, which the reader took all the same; Playwright then retries
                    // on a screen that has gone. Only a screen still shown is a failure.
                    if (await screen.CountAsync() > 0) throw;
                }
                await screen.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Screens.Step });
            }
            catch (TimeoutException e)
            {
                // what the page showed when it stuck (a consent screen holds no personal value), and the reader's log
                string shown = await kiosk.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('section.screen')].map(s => s.dataset.screenId + ' v' + s.dataset.version + ' accessible=' + s.dataset.accessible + ': ' + [...s.querySelectorAll('button')].map(b => b.innerText.trim() + (b.disabled ? ' (off)' : '')).join(', ')).join(' | ')");
                throw new TimeoutException($"stuck on {consent}; the page shows {shown}\nreader output:\n{reader.Output}", e);
            }
        }
    }

    private static object TerminalSettings(HostPorts ports, string state, string face, string onshiPin) => new
    {
        Terminal = new
        {
            StateDirectory = state, FaceFolder = face, MedicalInstitutionCode = "1311111114",
            NationalService = new { Url = $"https://127.0.0.1:{ports.Onshi}/", CertificatePin = onshiPin },
            Console = new { Listen = $"127.0.0.1:{ports.Console}" },
        },
        Health = new { Port = ports.TerminalHealth },
    };

    /// <summary>Reader R01 on <paramref name="cardReader"/>, trusting the card faces of the authority in <paramref name="authority"/>.</summary>
    private object ReaderSettings(HostPorts ports, string serial, string cardReader, string authority) => new
    {
        Reader = new
        {
            Id = "R01", Serial = serial, StateDirectory = Dir("reader"), CardReader = cardReader,
            FaceCamera = new { Folder = Dir("face-camera") }, CardCamera = new { Folder = Dir("card-camera") },
            LinkListen = $"127.0.0.1:{ports.Link}", CardFaceRootKeyFile = Path.Combine(authority, "card-face-root.pem"),
            ModelsDirectory = Models, Kiosk = new { Port = ports.Kiosk, Voice = false },
        },
        Health = new { Port = ports.ReaderHealth },
    };

    private sealed record HostPorts(int Onshi, int Console, int Link, int Kiosk, int OnshiHealth, int TerminalHealth, int ReaderHealth)
    {
        public static HostPorts Next() => new(TestPorts.Next(), TestPorts.Next(), TestPorts.Next(), TestPorts.Next(), TestPorts.Next(), TestPorts.Next(), TestPorts.Next());
    }

    private ServiceProcess Run(string program, object settings, params string[] arguments)
    {
        string file = Path.Combine(_folder, program + ".json");
        File.WriteAllText(file, JsonSerializer.Serialize(settings));
        var host = ServiceProcess.Start(program, ["--config", file, .. arguments]);
        _hosts.Add(host);
        return host;
    }

    private static async Task<string> WaitForFileAsync(string folder, string pattern)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until)
        {
            if (Directory.EnumerateFiles(folder, pattern).FirstOrDefault() is { } file) return file;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no {pattern} in {folder}");
    }

    private string Dir(string name) => Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;


    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _slots?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>After the other browser tests, one at a time: the reader host drives the first vpcd slot as their chains do.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeploymentGroup
{
    public const string Name = "deployment";
}
