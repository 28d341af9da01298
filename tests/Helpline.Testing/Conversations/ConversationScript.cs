namespace Helpline.Testing.Conversations;

/// <summary>A multi-turn conversation as data, run in every culture and on SMS and web chat.</summary>
public sealed record ConversationScript(string Name, IReadOnlyList<ScriptTurn> Turns)
{
    public override string ToString() => Name;
}
