namespace Helpline.Testing.Conversations;

/// <summary>Which channel an expected reply belongs to.</summary>
public enum ReplyChannel
{
    Any,
    Sms,
    Web,
}
