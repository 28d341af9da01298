using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Helpline.Channels.DirectLine;
using Helpline.Core;
using Helpline.Core.Schema;
using Helpline.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Helpline.Server.Tests.Conversations;

/// <summary>
/// Drives a scripted user as Web Chat does: a token from the page's endpoint, a started conversation,
/// activities posted and read back by watermark. Starting the conversation brings the welcome, as on
/// Azure Bot Service, before the user writes.
/// </summary>
public sealed class DirectLineDriver(ScriptServerFactory factory, string culture) : IOpeningConversationDriver
{
    private readonly HttpClient _client = factory.CreateClient();
    private DirectLineConversationInfo? _conversation;
    private string? _watermark;

    public RecordingJobOfferCheck JobOffers => factory.Services.GetRequiredService<RecordingJobOfferCheck>();

    public int RetentionDays => factory.RetentionDays;

    public T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    public async Task<IReadOnlyList<Activity>> OpenAsync(CancellationToken cancellationToken = default)
    {
        var issued = await _client.PostAsJsonAsync("/api/webchat/token",
                new { language = HelplineLanguages.BaseLanguage(culture), country = ScriptSamples.Country(culture) }, cancellationToken);
        issued.EnsureSuccessStatusCode();
        var grant = (await issued.Content.ReadFromJsonAsync<DirectLineConversationInfo>(cancellationToken))!;
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", grant.Token);
        (await _client.SendAsync(start, cancellationToken)).EnsureSuccessStatusCode();
        _conversation = grant;
        return await ReadNewAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (_conversation is null) throw new InvalidOperationException("Open the conversation first.");

        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{_conversation.ConversationId}/activities", _conversation.Token);
        post.Content = JsonContent.Create(new
        {
            type = "message",
            text = activity.Text,
            locale = activity.Locale,
            channelData = activity.ChannelData,
        });
        (await _client.SendAsync(post, cancellationToken)).EnsureSuccessStatusCode();
        return await ReadNewAsync(cancellationToken);
    }

    /// <summary>The bot's activities since the last read (the user's own echo and typing left out).</summary>
    private async Task<List<Activity>> ReadNewAsync(CancellationToken cancellationToken)
    {
        var url = $"/v3/directline/conversations/{_conversation!.ConversationId}/activities" + (_watermark is null ? "" : $"?watermark={_watermark}");
        using var get = Request(HttpMethod.Get, url, _conversation.Token);
        var response = await _client.SendAsync(get, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var set = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        _watermark = set.RootElement.GetProperty("watermark").GetString();
        return set.RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => ActivityJson.Deserialize(a.GetRawText())!)
            .Where(a => a.Type == ActivityTypes.Message && a.From?.Role != "user")
            .ToList();
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string token)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
