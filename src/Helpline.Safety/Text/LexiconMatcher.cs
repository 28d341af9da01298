namespace Helpline.Safety.Text;

/// <summary>
/// Lexicons compiled once into a character trie over every folded word and stem of every pattern. Matching
/// walks each token of a <see cref="FoldedText"/> down the trie once, which gives the token's word and stem
/// ids and the patterns whose first word it can be; the rest of each candidate is checked token by token
/// (with the allowed gaps) by comparing ids. No regular expressions, no string comparisons while matching.
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
        var patterns = new List<CompiledPattern>();
        foreach (var lexicon in lexicons)
        {
            foreach (var entry in lexicon.Entries)
            {
                _keys.Add(entry.Key);
                foreach (var pattern in entry.Patterns) patterns.AddRange(PatternCompiler.Compile(lexicon, entry, pattern));
            }
        }

        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int WordId(string word)
        {
            if (!wordIds.TryGetValue(word, out var id))
            {
                id = wordIds.Count;
                wordIds[word] = id;
                Node(word).WordId = id;
            }
            return id;
        }
        int StemId(string stem)
        {
            if (!stemIds.TryGetValue(stem, out var id))
            {
                id = stemIds.Count;
                stemIds[stem] = id;
                Node(stem).StemId = id;
            }
            return id;
        }
        foreach (var pattern in patterns)
        {
            foreach (var element in pattern.Elements) element.Seal(WordId, StemId);
            Index(pattern);
        }
        PatternCount = patterns.Count;
    }

    /// <summary>How many compiled pattern variants the matcher holds.</summary>
    public int PatternCount { get; }

    /// <summary>Every key that appears in the lexicons (also keys without patterns).</summary>
    public IReadOnlySet<string> Keys => _keys;

    /// <summary>Folds <paramref name="text"/> and matches it.</summary>
    public IReadOnlyList<LexiconMatch> Match(string text) => Match(TextNormaliser.Fold(text));

    /// <summary>
    /// Every place where a pattern matched, ordered by position. A key appears once per starting token and
    /// language (the first pattern of that language that matched there).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = text.TokenCount;
        if (count == 0) return [];
        var tokens = new TokenIds[count];
        List<int>? stems = null;
        for (var i = 0; i < count; i++)
        {
            var token = text.TokenText(i);
            var node = _root;
            stems?.Clear();
            for (var c = 0; c < token.Length && node is not null; c++)
            {
                node = node.Child(token[c]);
                if (node is { StemId: >= 0 }) (stems ??= []).Add(node.StemId);
            }
            var wordId = node is not null ? node.WordId : -1;
            tokens[i] = new TokenIds(wordId, stems is { Count: > 0 } ? [.. stems] : [], text.Token(i).IsNumber);
        }

        List<LexiconMatch>? results = null;
        for (var i = 0; i < count; i++)
        {
            var token = text.TokenText(i);
            var node = _root;
            for (var c = 0; c < token.Length && node is not null; c++)
            {
                node = node.Child(token[c]);
                if (node?.Stems is { } stemFirst) TryAll(stemFirst, text, tokens, i, ref results);
            }
            if (node?.Words is { } wordFirst) TryAll(wordFirst, text, tokens, i, ref results);
            if (tokens[i].IsNumber && _numberFirst.Count > 0) TryAll(_numberFirst, text, tokens, i, ref results);
        }
        if (results is null) return [];
        results.Sort(static (a, b) => a.TokenStart != b.TokenStart ? a.TokenStart.CompareTo(b.TokenStart) : b.TokenEnd.CompareTo(a.TokenEnd));
        return results;
    }

    private TrieNode Node(string text)
    {
        var node = _root;
        foreach (var c in text) node = node.GetOrAddChild(c);
        return node;
    }

    private void Index(CompiledPattern pattern)
    {
        foreach (var first in pattern.Elements[0].Alternatives)
        {
            if (first.Kind == PatternTokenKind.Number)
            {
                if (!_numberFirst.Contains(pattern)) _numberFirst.Add(pattern);
                continue;
            }
            var node = Node(first.Text);
            if (first.Kind == PatternTokenKind.Stem) (node.Stems ??= []).Add(pattern);
            else (node.Words ??= []).Add(pattern);
        }
    }

    private static void TryAll(List<CompiledPattern> patterns, FoldedText text, TokenIds[] tokens, int start, ref List<LexiconMatch>? results)
    {
        foreach (var pattern in patterns)
        {
            if (results is not null && AlreadyFound(results, pattern, start)) continue;
            var end = MatchFrom(pattern.Elements, 1, tokens, start + 1);
            if (end < 0) continue;
            results ??= [];
            results.Add(new LexiconMatch(pattern.Key, pattern.Lexicon, pattern.Language, pattern.Source, start, end, text.OriginalSpanOfTokens(start, end)));
        }
    }

    private static bool AlreadyFound(List<LexiconMatch> results, CompiledPattern pattern, int start)
    {
        for (var i = results.Count - 1; i >= 0 && results[i].TokenStart == start; i--)
        {
            if (ReferenceEquals(results[i].Key, pattern.Key) && ReferenceEquals(results[i].Language, pattern.Language)) return true;
            if (results[i].Key == pattern.Key && results[i].Language == pattern.Language) return true;
        }
        return false;
    }

    /// <summary>The token after the match of elements[index..] starting at or after <paramref name="position"/> (within the gap), or -1.</summary>
    private static int MatchFrom(PatternElement[] elements, int index, TokenIds[] tokens, int position)
    {
        if (index == elements.Length) return position;
        var element = elements[index];
        var last = Math.Min(tokens.Length - 1, position + element.MaxGapBefore);
        for (var t = position; t <= last; t++)
        {
            if (!element.Accepts(in tokens[t])) continue;
            var end = MatchFrom(elements, index + 1, tokens, t + 1);
            if (end >= 0) return end;
        }
        return -1;
    }

    private sealed class TrieNode
    {
        private Dictionary<char, TrieNode>? _children;

        public int WordId { get; set; } = -1;

        public int StemId { get; set; } = -1;

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
