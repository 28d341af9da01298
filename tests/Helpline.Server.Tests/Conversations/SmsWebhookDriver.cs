using System.Xml.Linq;
using Helpline.Channels.Sms;
using Helpline.Core.Schema;
using Helpline.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Conversations;

/// <summary>Drives a scripted user through the Twilio webhook: signed form posts in, TwiML messages out.</summary>
public sealed class SmsWebhookDriver(ScriptServerFactory factory) : IConversationDriver
{
    private readonly HttpClient _client = factory.CreateClient();

    public RecordingJobOfferCheck JobOffers => factory.Services.GetRequiredService<RecordingJobOfferCheck>();

    public int RetentionDays => factory.RetentionDays;

    public T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var form = HelplineServerFactory.InboundSms(activity.From!.Id, activity.Text ?? "");
        using var request = new HttpRequestMessage(HttpMethod.Post, SmsRoutes.Inbound) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName,
            TwilioSignature.Compute(HelplineServerFactory.AuthToken, HelplineServerFactory.PublicBaseUrl + SmsRoutes.Inbound, form));
        var response = await _client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return twiml.Root!.Elements("Message").Select(m => Activity.CreateMessageActivity(m.Value)).ToList();
    }
}
