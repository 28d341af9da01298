namespace Helpline.Core.Schema;

/// <summary>Channel ids, as in Bot Framework's <c>Channels</c>.</summary>
public static class ChannelIds
{
    public const string Sms = "sms";
    public const string DirectLine = "directline";
    public const string Webchat = "webchat";
    public const string Test = "test";

    /// <summary>SMS texts are short and billed per segment; web chat can show buttons and long text.</summary>
    public static bool IsSms(string? channelId) => string.Equals(channelId, Sms, StringComparison.OrdinalIgnoreCase);
}
