using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MynaGate.Hosting;

/// <summary>How each host adds what it runs: one options section, validated at start, and one service that is also its health check.</summary>
public static class HostBuilderExtensions
{
    public static HostApplicationBuilder AddValidatedService<TOptions, TValidator, TService>(this HostApplicationBuilder builder, string section, string healthCheck)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
        where TService : class, IHostedService, IHealthCheck
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        builder.Services.AddSingleton<TService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TService>());
        builder.Services.AddHealthChecks().AddCheck<TService>(healthCheck);
        return builder;
    }
}
