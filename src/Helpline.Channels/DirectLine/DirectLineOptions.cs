using System.ComponentModel.DataAnnotations;

namespace Helpline.Channels.DirectLine;

/// <summary>Settings of the Direct Line 3.0 server, bound from the <c>DirectLine</c> section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The site secret. Tokens are signed with a key derived from it; it never reaches a browser.
    /// Required outside Development.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; a client refreshes it before then.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a conversation and its activities are kept after the last activity.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Largest accepted request body for a posted activity, in bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 16 * 1024;

    /// <summary>Longest accepted message text, in characters.</summary>
    [Range(16, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Most activities a conversation keeps; later posts are refused.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>Most activities one conversation may post per minute.</summary>
    [Range(1, 100_000)]
    public int ActivitiesPerMinute { get; set; } = 30;

    /// <summary>Most new web chat tokens one client address may ask for per minute.</summary>
    [Range(1, 100_000)]
    public int TokensPerMinutePerClient { get; set; } = 20;

    /// <summary>Most activities returned by one GET of the activities.</summary>
    [Range(1, 1000)]
    public int MaxActivitiesPerGet { get; set; } = 100;

    /// <summary>The bot's account on the channel.</summary>
    [Required]
    public string BotId { get; set; } = "helpline";

    public string BotName { get; set; } = "Helpline";

    /// <summary>
    /// The public base URL (e.g. <c>https://help.example.org</c>) used to build stream URLs behind a proxy.
    /// Empty: taken from the request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
