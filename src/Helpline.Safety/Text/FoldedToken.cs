namespace Helpline.Safety.Text;

/// <summary>
/// One token of a <see cref="FoldedText"/>: a run of letters or a run of digits in the folded text
/// (<see cref="Start"/> and <see cref="Length"/> index the folded characters).
/// </summary>
public readonly record struct FoldedToken(int Start, int Length, bool IsNumber)
{
    public int End => Start + Length;
}
