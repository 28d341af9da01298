namespace Helpline.Channels.DirectLine;

/// <summary>A freshly signed token with what it grants.</summary>
public sealed record IssuedDirectLineToken(string Token, DirectLineToken Grant)
{
    /// <summary>Seconds until the token expires, as Direct Line's <c>expires_in</c>.</summary>
    public int ExpiresInSeconds(DateTimeOffset now) => (int)Math.Max(0, (Grant.ExpiresAt - now).TotalSeconds);
}
