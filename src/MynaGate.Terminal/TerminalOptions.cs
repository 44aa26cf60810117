using System.Security.Cryptography.X509Certificates;
using MynaGate.Link.Identity;
using MynaGate.Certificates.Xml;

namespace MynaGate.Terminal;

/// <summary>How a terminal runs: its identity, the national service it trusts, where results and logs go.</summary>
public sealed record TerminalOptions
{
    public required X509Certificate2 Identity { get; init; }
    public required string StateDirectory { get; init; }
    /// <summary>The folder the receipt computer reads (C:\OQS\Face on a real terminal).</summary>
    public required string FaceFolder { get; init; }
    /// <summary>
    /// Where the certificate XML of 公費 paper mode goes: not the Face folder, which holds the national interface's own
    /// kinds only (a receipt computer reading every file there fails on ours); beside it by default.
    /// </summary>
    public string? CertificateFolder { get; init; }
    /// <summary><see cref="CertificateFolder"/>, or its default: MynaGateCert beside the Face folder (C:\OQS\MynaGateCert).</summary>
    public string CertificateFolderOrDefault => CertificateFolder ?? DefaultCertificateFolder(FaceFolder);
    /// <summary>MynaGateCert beside <paramref name="faceFolder"/>.</summary>
    public static string DefaultCertificateFolder(string faceFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(faceFolder))) ?? ".", "MynaGateCert");
    /// <summary>医療機関コード, 10 digits.</summary>
    public required string MedicalInstitutionCode { get; init; }
    public required Uri NationalService { get; init; }
    public required CertificatePin NationalServicePin { get; init; }
    public TimeSpan NationalServiceTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The adapter to the national service when it is not MynaGate's emulator client (a certified vendor's
    /// <see cref="Relay.INationalService"/>); null: the emulator's HTTPS client at <see cref="NationalService"/>, pinned
    /// to <see cref="NationalServicePin"/>. The terminal disposes it when it stops.
    /// </summary>
    public Relay.INationalService? NationalServiceAdapter { get; init; }
    /// <summary>Calls or probes failing in a row for the service's sake before it is called down (R43).</summary>
    public int NationalServiceOutageAfterFailures { get; init; } = 3;
    /// <summary>How often the service's health route is asked while it is up (R43).</summary>
    public TimeSpan NationalServiceProbeInterval { get; init; } = TimeSpan.FromSeconds(30);
    public XmlCharacterCode CharacterCode { get; init; } = XmlCharacterCode.Utf8;
    /// <summary>How many readers the licence allows (R21).</summary>
    public int LicensedReaders { get; init; } = 4;
    /// <summary>PostgreSQL connection string for the log; SQLite in the state folder when null.</summary>
    public string? LogConnectionString { get; init; }
    public string Name { get; init; } = "terminal";
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
