namespace Helpline.Dialogs.JobOffers;

/// <summary>Where the answer goes: an SMS (at most 3 segments, then "reply 1 for more") or the web chat (the full list).</summary>
public enum AnswerChannel
{
    Sms,
    Web,
}
