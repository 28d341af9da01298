using System.Security.Cryptography;

namespace Helpline.Channels.DirectLine;

/// <summary>Random conversation and user ids, and activity ids of the form <c>{conversationId}|{watermark}</c>.</summary>
public static class DirectLineIds
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(Alphabet, 16);

    public static string ActivityId(string conversationId, long watermark) => $"{conversationId}|{watermark:D7}";

    /// <summary>An id we issue: letters, digits, '_' and '-', at most 64 characters.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
