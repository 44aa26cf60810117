using Microsoft.Extensions.Options;

namespace MynaGate.Hosting;

/// <summary>
/// Validates an options class and names each problem by its configuration key ("Terminal:LicensedReaders must be
/// 1–64 (was 0)"), so a wrong value stops the host with a line that says what to fix.
/// </summary>
public abstract class KeyedOptionsValidator<TOptions> : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Each problem, starting with the full key.</summary>
    protected abstract IEnumerable<string> Problems(TOptions options);
}
