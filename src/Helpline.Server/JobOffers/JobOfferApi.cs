using System.Globalization;
using System.Threading.RateLimiting;
using Helpline.Core;
using Helpline.Core.Languages;
using Helpline.Dialogs.JobOffers;
using Helpline.Safety.Language;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Helpline.Server.JobOffers;

/// <summary>
/// <c>POST /api/job-offers/check</c>: the job-offer risk check over HTTP, with the explanation in the
/// user's language (web form, plus the SMS form). Rate-limited per client address; the text is never logged.
/// </summary>
public static class JobOfferApi
{
    public const int MaxTextLength = 5000;
    public const string RateLimitPolicy = "job-offers";

    public static IServiceCollection AddJobOfferApi(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("JobOffers:RequestsPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapJobOfferApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/job-offers/check", CheckAsync)
            .WithTags("Job offers")
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery();
        return app;
    }

    public static Results<Ok<JobOfferCheckResponse>, BadRequest<ProblemDetails>> CheckAsync(
        JobOfferCheckRequest? request,
        [FromServices] JobOfferCheck check,
        [FromServices] JobOfferAnswer answer,
        [FromServices] ILanguageIdentifier identifier)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Text))
        {
            return Problem("The offer's text is required.", "Send {\"text\": \"...\"} with the offer as it was received.");
        }
        if (request.Text.Length > MaxTextLength)
        {
            return Problem($"The text is longer than {MaxTextLength} characters.", $"It has {request.Text.Length}; send the offer itself, not a whole conversation.");
        }
        string? country = null;
        if (!string.IsNullOrWhiteSpace(request.Country))
        {
            country = HelplineCountries.Normalize(request.Country);
            if (country is null) return Problem("Unknown country.", $"Use one of {string.Join(", ", HelplineCountries.Served)}, or leave it out.");
        }
        string culture;
        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            var given = HelplineLanguages.Normalize(request.Language);
            if (given is null) return Problem("Unknown language.", $"Use one of {string.Join(", ", HelplineLanguages.Cultures)}, or leave it out.");
            culture = given == HelplineLanguages.Romanian ? HelplineLanguages.CultureFor(given, country) : given;
        }
        else
        {
            var guess = identifier.Identify(request.Text);
            culture = HelplineLanguages.CultureFor(guess.Language ?? ConversationLanguage.CountryDefault(country), country);
        }
        var language = HelplineLanguages.BaseLanguage(culture);
        var turnCulture = new TurnCulture(language, country, culture);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var jobRequest = new JobOfferRequest(request.Text, null, null);
            var report = check.Analyze(jobRequest, turnCulture);
            var numbers = check.Numbers(country);
            var web = answer.Compose(report, AnswerChannel.Web, numbers);
            var sms = answer.Compose(report, AnswerChannel.Sms, numbers);
            return TypedResults.Ok(new JobOfferCheckResponse(
                language, culture, country,
                report.Risk.ToString().ToLowerInvariant(), report.Score,
                report.Signs.Select(s => new JobOfferCheckSign(s.Code, s.Severity.ToString().ToLowerInvariant(), s.Weight, s.Evidence, s.Span?.Start, s.Span?.Length)).ToList(),
                web.Text,
                [sms.Text, .. sms.More]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static BadRequest<ProblemDetails> Problem(string title, string detail) =>
        TypedResults.BadRequest(new ProblemDetails { Title = title, Detail = detail, Status = StatusCodes.Status400BadRequest });
}
