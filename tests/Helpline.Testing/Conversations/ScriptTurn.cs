namespace Helpline.Testing.Conversations;

/// <summary>
/// One user message and the replies it must get, in order. <see cref="Say"/> is literal text or a token
/// the runner resolves for the conversation's culture and channel:
/// <list type="bullet">
/// <item><c>$greeting</c>, <c>$offer</c>, <c>$topic-question</c>: a sample in the conversation's language (<see cref="ScriptSamples"/>);</item>
/// <item><c>$key:Keyword.Menu</c>: that string in the current culture;</item>
/// <item><c>$menu:CheckOffer</c>, <c>$advice:Fees</c>, <c>$who:Stranger</c>, <c>$language:ru</c>: a choice,
/// its number on SMS and its button title on web chat;</item>
/// <item><c>$language-name:ru</c>: the language's own name, typed.</item>
/// </list>
/// <see cref="SwitchesTo"/> is the language the conversation speaks from this turn on (a language switch).
/// <see cref="Only"/> limits the turn to one channel (e.g. "1" for the rest of an SMS answer).
/// </summary>
public sealed record ScriptTurn(string Say, IReadOnlyList<ExpectedReply> Expect, string? SwitchesTo = null, ReplyChannel Only = ReplyChannel.Any);
