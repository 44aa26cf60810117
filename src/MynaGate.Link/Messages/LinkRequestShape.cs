using System.Text.RegularExpressions;
using MynaGate.Onshi.Contract.Assertions;

namespace MynaGate.Link.Messages;

/// <summary>
/// Whether a reader's message has the shape the terminal serves, every field of it checked here and nowhere else: ids
/// of letters, digits and hyphens, a defined kind, method and prescription, a plausible wait and duration, an error
/// code of the product's shape, byte fields no larger than a certificate or a signature, dates within this century,
/// consent answers without gaps, a paper certificate of bounded size. Anything else is refused whole (T206) before any
/// of it is used, so no value a paired reader sends can throw inside the relay.
/// </summary>
public static partial class LinkRequestShape
{
    /// <summary>The longest a reader waits for an answer.</summary>
    public const int MaxWaitMs = 600_000;

    /// <summary>No session lasts a day: a reader reports the time from card placement to the end.</summary>
    public const long MaxDurationMs = 86_400_000;

    /// <summary>A JPKI user-auth certificate is about 1.5 KB; a few times that is still no certificate a card holds.</summary>
    public const int MaxCertificateBytes = 8 * 1024;

    /// <summary>An RSA-2048 card signature is 256 bytes, a P-256 device signature about 72; room for RSA-4096.</summary>
    public const int MaxSignatureBytes = 512;

    public const int MaxChallengeBytes = 64;
    public const int MaxConsents = 32;
    public const int MaxPaperFields = 64;
    public const int MaxPaperNameLength = 64;
    public const int MaxPaperValueLength = 256;

    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsWellFormed(LinkRequest request) =>
        request is not null
        && IsId(request.MessageId) && IsId(request.SessionId) && Enum.IsDefined(request.Kind)
        && request.WaitMs is null or (>= 0 and <= MaxWaitMs)
        && request.DurationMs is null or (>= 0 and <= MaxDurationMs)
        && (request.ErrorCode is null || LinkErrorCodes.IsWellFormed(request.ErrorCode))
        && (request.Method is null || Enum.IsDefined(request.Method.Value))
        && (request.Prescription is null || Enum.IsDefined(request.Prescription.Value))
        && Fits(request.Certificate, MaxCertificateBytes)
        && Fits(request.CardSignature, MaxSignatureBytes)
        && Fits(request.AssertionSignature, MaxSignatureBytes)
        && (request.Assertion is null || IsWellFormed(request.Assertion))
        // JSON cannot refuse a null inside a list by the element's type
        && (request.Consents is null || (request.Consents.Count <= MaxConsents
            && request.Consents.All(c => c is not null && Enum.IsDefined(c.Item) && IsPlausible(c.AnsweredAt))))
        && (request.PaperCertificate is null || IsWellFormed(request.PaperCertificate));

    /// <summary>A message or session id: 1 to 64 letters, digits and hyphens.</summary>
    public static bool IsId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && IdShape().IsMatch(id);

    private static bool IsWellFormed(AuthenticationAssertion assertion) =>
        IsId(assertion.ReaderId) && IsId(assertion.SessionId) && Enum.IsDefined(assertion.Method)
        && assertion.CertificateSha256 is not null && Sha256Hex().IsMatch(assertion.CertificateSha256)
        && assertion.Challenge is { Length: > 0 and <= MaxChallengeBytes }
        && IsPlausible(assertion.IssuedAt)
        && (assertion.IdentityBinding is null || IsWellFormed(assertion.IdentityBinding));

    private static bool IsWellFormed(IdentityBinding binding) =>
        binding.Person is not null && Sha256Hex().IsMatch(binding.Person)
        && (binding.Name is null || (binding.Name.Count is >= IdentityName.MinComparable and <= IdentityName.MaxCharacters
            && binding.Name.All(c => c == IdentityBinding.UnknownCharacter || (c is not null && NameValue().IsMatch(c)))));

    private static bool IsWellFormed(PaperCertificate certificate) =>
        IsId(certificate.FormCode)
        && certificate.Fields is not null && certificate.Fields.Count <= MaxPaperFields
        && certificate.Fields.All(f => f is not null && IsText(f.Name, MaxPaperNameLength) && IsText(f.Value, MaxPaperValueLength)
            && float.IsFinite(f.Confidence) && f.Confidence is >= 0 and <= 100)
        && certificate.Missing is not null && certificate.Missing.Count <= MaxPaperFields
        && certificate.Missing.All(m => IsText(m, MaxPaperNameLength));

    private static bool Fits(byte[]? bytes, int max) => bytes is null || bytes.Length <= max;

    private static bool IsText(string? text, int max) => text is not null && text.Length <= max;

    private static bool IsPlausible(DateTimeOffset time) => time >= Earliest && time < Latest;

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[0-9A-F]{16}$")]
    private static partial Regex NameValue();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$")]
    private static partial Regex Sha256Hex();
}
