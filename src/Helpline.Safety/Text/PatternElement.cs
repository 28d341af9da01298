namespace Helpline.Safety.Text;

/// <summary>One position of a compiled pattern: its alternatives and how many words may stand before it (after the previous position).</summary>
internal sealed record PatternElement(PatternToken[] Alternatives, int MaxGapBefore)
{
    public bool Accepts(FoldedText text, int token)
    {
        foreach (var alternative in Alternatives)
        {
            if (alternative.Accepts(text, token)) return true;
        }
        return false;
    }
}
