namespace Helpline.Safety.Text;

/// <summary>
/// Lexicons compiled once into a character trie over the folded first word of every pattern; matching walks
/// each token of a <see cref="FoldedText"/> down the trie and checks the rest of the candidate patterns
/// token by token (with the allowed gaps). No regular expressions, no allocation per token.
/// Immutable and thread-safe once built.
/// </summary>
public sealed class LexiconMatcher
{
    private readonly TrieNode _root = new();
    private readonly List<CompiledPattern> _numberFirst = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Compiles every pattern of every lexicon; throws <see cref="LexiconFormatException"/> on a bad pattern.</summary>
    public LexiconMatcher(IEnumerable<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var count = 0;
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Entries)
            {
                _keys.Add(entry.Key);
                foreach (var pattern in entry.Patterns)
                {
                    foreach (var compiled in PatternCompiler.Compile(lexicon, entry, pattern))
                    {
                        Index(compiled);
                        count++;
                    }
                }
            }
        }
        PatternCount = count;
    }

    /// <summary>How many compiled pattern variants the matcher holds.</summary>
    public int PatternCount { get; }

    /// <summary>Every key that appears in the lexicons (also keys without patterns).</summary>
    public IReadOnlySet<string> Keys => _keys;

    /// <summary>Folds <paramref name="text"/> and matches it.</summary>
    public IReadOnlyList<LexiconMatch> Match(string text) => Match(TextNormaliser.Fold(text));

    /// <summary>
    /// Every place where a pattern matched, ordered by position. A key appears once per starting token
    /// (the first pattern that matched there).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<LexiconMatch>? results = null;
        for (var i = 0; i < text.TokenCount; i++)
        {
            var token = text.TokenText(i);
            var node = _root;
            for (var c = 0; c < token.Length && node is not null; c++)
            {
                node = node.Child(token[c]);
                if (node?.Stems is { } stems) TryAll(stems, text, i, ref results);
            }
            if (node?.Words is { } words) TryAll(words, text, i, ref results);
            if (text.Token(i).IsNumber && _numberFirst.Count > 0) TryAll(_numberFirst, text, i, ref results);
        }
        if (results is null) return [];
        results.Sort(static (a, b) => a.TokenStart != b.TokenStart ? a.TokenStart.CompareTo(b.TokenStart) : b.TokenEnd.CompareTo(a.TokenEnd));
        return results;
    }

    /// <summary>True when any pattern of <paramref name="key"/> matches.</summary>
    public bool Contains(FoldedText text, string key) => Match(text).Any(m => m.Key == key);

    private void Index(CompiledPattern pattern)
    {
        foreach (var first in pattern.Elements[0].Alternatives)
        {
            if (first.Kind == PatternTokenKind.Number)
            {
                _numberFirst.Add(pattern);
                continue;
            }
            var node = _root;
            foreach (var c in first.Text) node = node.GetOrAddChild(c);
            if (first.Kind == PatternTokenKind.Stem) (node.Stems ??= []).Add(pattern);
            else (node.Words ??= []).Add(pattern);
        }
    }

    private static void TryAll(List<CompiledPattern> patterns, FoldedText text, int start, ref List<LexiconMatch>? results)
    {
        foreach (var pattern in patterns)
        {
            var end = MatchFrom(pattern.Elements, 1, text, start + 1);
            if (end < 0) continue;
            if (results is not null && AlreadyFound(results, pattern.Key, start)) continue;
            results ??= [];
            results.Add(new LexiconMatch(pattern.Key, pattern.Lexicon, pattern.Language, pattern.Source, start, end, text.OriginalSpanOfTokens(start, end)));
        }
    }

    private static bool AlreadyFound(List<LexiconMatch> results, string key, int start)
    {
        for (var i = results.Count - 1; i >= 0 && results[i].TokenStart == start; i--)
        {
            if (results[i].Key == key) return true;
        }
        return false;
    }

    /// <summary>The token after the match of elements[index..] starting at or after <paramref name="position"/> (within the gap), or -1.</summary>
    private static int MatchFrom(PatternElement[] elements, int index, FoldedText text, int position)
    {
        if (index == elements.Length) return position;
        var element = elements[index];
        var last = Math.Min(text.TokenCount - 1, position + element.MaxGapBefore);
        for (var t = position; t <= last; t++)
        {
            if (!element.Accepts(text, t)) continue;
            var end = MatchFrom(elements, index + 1, text, t + 1);
            if (end >= 0) return end;
        }
        return -1;
    }

    private sealed class TrieNode
    {
        private Dictionary<char, TrieNode>? _children;

        public List<CompiledPattern>? Words { get; set; }

        public List<CompiledPattern>? Stems { get; set; }

        public TrieNode? Child(char c) => _children is not null && _children.TryGetValue(c, out var child) ? child : null;

        public TrieNode GetOrAddChild(char c)
        {
            _children ??= [];
            if (!_children.TryGetValue(c, out var child))
            {
                child = new TrieNode();
                _children[c] = child;
            }
            return child;
        }
    }
}
