namespace Helpline.Testing.Conversations;

/// <summary>
/// One reply a script expects, named by its resource key so that the same script checks every culture.
/// <see cref="Family"/> is the resx family (Strings, AdviceStrings, ...), or <c>composed</c> for answers
/// built from several strings (<see cref="Key"/> <c>who-can-help</c>, <c>job-offer</c> (the answer's
/// first text) or <c>job-offer-more</c> (the rest of an SMS answer)) that the runner composes itself. <see cref="Args"/> may hold <c>{retentionDays}</c> and <c>{childHelpline}</c>.
/// </summary>
public sealed record ExpectedReply(
    string Key,
    string Family = ExpectedReply.Strings,
    ReplyChannel Channel = ReplyChannel.Any,
    int? SuggestedActions = null,
    bool StartsWith = false,
    string[]? Args = null)
{
    public const string Strings = "Strings";
    public const string AdviceStrings = "AdviceStrings";
    public const string Composed = "composed";

    public bool AppliesTo(bool sms) => Channel == ReplyChannel.Any || (Channel == ReplyChannel.Sms) == sms;

    public override string ToString() => $"{Family}:{Key}" + (Channel == ReplyChannel.Any ? "" : $" ({Channel})");
}
