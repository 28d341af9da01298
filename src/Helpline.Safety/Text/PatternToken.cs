namespace Helpline.Safety.Text;

/// <summary>One alternative of one position of a compiled pattern: a folded word, a stem (word*) or any number (&lt;num&gt;).</summary>
internal readonly record struct PatternToken(PatternTokenKind Kind, string Text)
{
    public bool Accepts(FoldedText text, int token)
    {
        var t = text.Token(token);
        return Kind switch
        {
            PatternTokenKind.Number => t.IsNumber,
            PatternTokenKind.Word => text.TokenText(token).SequenceEqual(Text),
            PatternTokenKind.Stem => text.TokenText(token).StartsWith(Text),
            _ => false,
        };
    }
}
