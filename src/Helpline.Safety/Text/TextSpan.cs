namespace Helpline.Safety.Text;

/// <summary>A span of the ORIGINAL text (not the folded one): start index and length in UTF-16 units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The characters of <paramref name="original"/> this span covers.</summary>
    public string Of(string original) => original.Substring(Start, Length);
}
