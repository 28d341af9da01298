using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Helpline.Server.Hosting;

/// <summary>
/// Metrics (SMS segments and failures, queue, HTTP) and traces through OpenTelemetry. Exported over OTLP
/// only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; message text and numbers never go into telemetry.
/// </summary>
public static class Telemetry
{
    public static WebApplicationBuilder AddHelplineTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("helpline"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter("Helpline.*").AddAspNetCoreInstrumentation();
                if (otlp) metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                // Paths only: query strings can carry tokens and are left out by the instrumentation's defaults.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"));
                if (otlp) tracing.AddOtlpExporter();
            });
        return builder;
    }
}
