using System.Security.Cryptography;
using System.Text;

namespace Helpline.Channels.Sms;

/// <summary>
/// Twilio's webhook signature: Base64(HMAC-SHA1(auth token, URL + every POST parameter name and value,
/// sorted by name)). Compared in constant time. Like the official libraries, a URL is also tried with its
/// default port added or removed, since proxies differ in what they keep.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        var data = new StringBuilder(url);
        // As the official libraries: names sorted; a repeated name contributes each distinct value, sorted.
        foreach (var group in parameters.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var value in group.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(group.Key).Append(value);
            }
        }
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(hash);
    }

    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken)) return false;
        var list = parameters as IReadOnlyCollection<KeyValuePair<string, string>> ?? parameters.ToList();
        var given = Encoding.ASCII.GetBytes(signature);
        var valid = false;
        foreach (var candidate in UrlVariants(url))
        {
            var expected = Encoding.ASCII.GetBytes(Compute(authToken, candidate, list));
            // Every variant is computed and compared, so the time taken does not depend on which one matched.
            valid |= CryptographicOperations.FixedTimeEquals(expected, given);
        }
        return valid;
    }

    /// <summary>The URL as given, and with its scheme's default port added or removed.</summary>
    internal static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) yield break;
        var builder = new UriBuilder(uri);
        var defaultPort = uri.Scheme == Uri.UriSchemeHttps ? 443 : uri.Scheme == Uri.UriSchemeHttp ? 80 : -1;
        if (defaultPort < 0) yield break;
        var hasExplicitPort = url.IndexOf(":" + uri.Port, uri.Scheme.Length + 3, StringComparison.Ordinal) >= 0;
        if (hasExplicitPort && uri.Port == defaultPort)
        {
            builder.Port = -1;
            yield return builder.Uri.AbsoluteUri;
        }
        else if (!hasExplicitPort)
        {
            var withPort = $"{uri.Scheme}://{uri.UserInfo}{(uri.UserInfo.Length > 0 ? "@" : "")}{uri.Host}:{defaultPort}{uri.PathAndQuery}{uri.Fragment}";
            yield return withPort;
        }
    }
}
