namespace Helpline.Safety.Text;

/// <summary>
/// One position of a compiled pattern: its alternatives and how many words may stand before it (after the
/// previous position). Once the matcher has numbered every word and stem, <see cref="Accepts"/> checks a
/// token by its numbers (binary search in small sorted arrays) instead of comparing strings.
/// </summary>
internal sealed class PatternElement(PatternToken[] alternatives, int maxGapBefore)
{
    private int[] _wordIds = [];
    private int[] _stemIds = [];
    private bool _acceptsNumber;

    public PatternToken[] Alternatives { get; } = alternatives;

    public int MaxGapBefore { get; } = maxGapBefore;

    /// <summary>Numbers the alternatives with the matcher's word and stem ids (called once, when the matcher is built).</summary>
    public void Seal(Func<string, int> wordId, Func<string, int> stemId)
    {
        _wordIds = [.. Alternatives.Where(a => a.Kind == PatternTokenKind.Word).Select(a => wordId(a.Text)).Distinct().Order()];
        _stemIds = [.. Alternatives.Where(a => a.Kind == PatternTokenKind.Stem).Select(a => stemId(a.Text)).Distinct().Order()];
        _acceptsNumber = Alternatives.Any(a => a.Kind == PatternTokenKind.Number);
    }

    public bool Accepts(in TokenIds token)
    {
        if (_acceptsNumber && token.IsNumber) return true;
        if (token.WordId >= 0 && _wordIds.Length > 0 && Array.BinarySearch(_wordIds, token.WordId) >= 0) return true;
        if (_stemIds.Length > 0)
        {
            foreach (var stem in token.StemIds)
            {
                if (Array.BinarySearch(_stemIds, stem) >= 0) return true;
            }
        }
        return false;
    }
}
