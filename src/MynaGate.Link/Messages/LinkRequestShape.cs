using System.Text.RegularExpressions;

namespace MynaGate.Link.Messages;

/// <summary>
/// Whether a reader's message has the shape the terminal serves: ids of letters, digits and hyphens, a defined kind,
/// method and prescription, a plausible wait, an error code of the product's shape, consent answers without gaps. Anything else is refused whole (T206) before
/// any of it is used.
/// </summary>
public static partial class LinkRequestShape
{
    public static bool IsWellFormed(LinkRequest request) =>
        request is not null
        && IsId(request.MessageId) && IsId(request.SessionId) && Enum.IsDefined(request.Kind)
        && request.WaitMs is null or (>= 0 and <= 600_000)
        && (request.ErrorCode is null || LinkErrorCodes.IsWellFormed(request.ErrorCode))
        && (request.Method is null || Enum.IsDefined(request.Method.Value))
        && (request.Prescription is null || Enum.IsDefined(request.Prescription.Value))
        // JSON cannot refuse a null inside a list by the element's type
        && (request.Consents is null || request.Consents.All(c => c is not null && Enum.IsDefined(c.Item)));

    /// <summary>A message or session id: 1 to 64 letters, digits and hyphens.</summary>
    public static bool IsId([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? id) => id is not null && IdShape().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex IdShape();
}
