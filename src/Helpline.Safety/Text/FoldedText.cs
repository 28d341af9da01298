namespace Helpline.Safety.Text;

/// <summary>
/// A text folded by <see cref="TextNormaliser"/> for matching, with its tokens and a map from every
/// folded character back to the characters of the original text it came from, so that anything found
/// in the folded text can be shown as a span of the original. Immutable once built.
/// </summary>
public sealed class FoldedText
{
    private readonly char[] _chars;
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;
    private readonly FoldedToken[] _tokens;
    private string? _text;

    internal FoldedText(string original, char[] chars, int length, int[] originalStart, int[] originalEnd, FoldedToken[] tokens)
    {
        Original = original;
        _chars = chars;
        Length = length;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
        _tokens = tokens;
    }

    /// <summary>The text as the user wrote it.</summary>
    public string Original { get; }

    /// <summary>Number of folded characters.</summary>
    public int Length { get; }

    /// <summary>The folded characters: tokens separated by single spaces.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>The folded text as a string (built on first use).</summary>
    public string Text => _text ??= new string(_chars, 0, Length);

    public ReadOnlySpan<FoldedToken> Tokens => _tokens;

    public int TokenCount => _tokens.Length;

    public FoldedToken Token(int index) => _tokens[index];

    /// <summary>The folded characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        var token = _tokens[index];
        return _chars.AsSpan(token.Start, token.Length);
    }

    /// <summary>The numeric value of a digit token (saturating at <see cref="long.MaxValue"/>), or null.</summary>
    public long? TokenNumber(int index)
    {
        var token = _tokens[index];
        if (!token.IsNumber) return null;
        long value = 0;
        foreach (var c in _chars.AsSpan(token.Start, token.Length))
        {
            if (value > (long.MaxValue - 9) / 10) return long.MaxValue;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>The span of the original text that folded characters [start, end) came from.</summary>
    public TextSpan OriginalSpanOfChars(int foldedStart, int foldedEnd)
    {
        if (foldedStart < 0 || foldedEnd > Length || foldedStart >= foldedEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(foldedStart));
        }
        var start = _originalStart[foldedStart];
        var end = _originalEnd[foldedEnd - 1];
        return new TextSpan(start, end - start);
    }

    /// <summary>The span of the original text that tokens [firstToken, endToken) came from.</summary>
    public TextSpan OriginalSpanOfTokens(int firstToken, int endToken)
    {
        if (firstToken < 0 || endToken > _tokens.Length || firstToken >= endToken)
        {
            throw new ArgumentOutOfRangeException(nameof(firstToken));
        }
        return OriginalSpanOfChars(_tokens[firstToken].Start, _tokens[endToken - 1].End);
    }

    /// <summary>The index of the first token whose original characters end after <paramref name="originalIndex"/>, or TokenCount.</summary>
    public int TokenAtOrAfter(int originalIndex)
    {
        for (var i = 0; i < _tokens.Length; i++)
        {
            if (_originalEnd[_tokens[i].End - 1] > originalIndex) return i;
        }
        return _tokens.Length;
    }

    public override string ToString() => Text;
}
