namespace Helpline.Safety.Text;

/// <summary>
/// Turns a pattern as written in a lexicon into compiled variants (see <c>locales/lexicons/README.md</c>):
/// words separated by spaces; <c>word*</c> a stem; <c>&lt;num&gt;</c> any number; <c>(a|b*|c d)</c> alternatives
/// (an alternative may be several words); a trailing <c>?</c> makes a word or group optional; <c>~N</c>
/// (N from 1 to 9) lets up to N other words stand between its neighbours, <c>...</c> up to 3.
/// Each word is folded by <see cref="TextNormaliser"/>.
/// </summary>
internal static class PatternCompiler
{
    private const int MaxOptional = 4;
    private const int MaxVariants = 256;

    /// <summary>One position of a pattern as written: its alternatives (each a sequence of tokens), gap before it, optional or not.</summary>
    private sealed record Position(List<PatternToken[]> Alternatives, int Gap, bool Optional);

    public static IReadOnlyList<CompiledPattern> Compile(Lexicon lexicon, LexiconEntry entry, string pattern)
    {
        string Where() => $"lexicons/{lexicon.Language}/{lexicon.Name}.yaml, key '{entry.Key}', pattern '{pattern}'";

        var positions = new List<Position>();
        var gap = 0;
        foreach (var raw in SplitTopLevel(pattern, Where))
        {
            if (raw == "...") { gap = Math.Max(gap, 3); continue; }
            if (raw.Length == 2 && raw[0] == '~' && char.IsAsciiDigit(raw[1]) && raw[1] != '0')
            {
                gap = Math.Max(gap, raw[1] - '0');
                continue;
            }
            if (raw.StartsWith('~')) throw new LexiconFormatException($"{Where()}: a gap is ~1 to ~9");

            var word = raw;
            var optional = false;
            if (word.Length > 1 && word.EndsWith('?'))
            {
                optional = true;
                word = word[..^1];
            }

            if (word.StartsWith('('))
            {
                if (!word.EndsWith(')') || word.Length <= 2) throw new LexiconFormatException($"{Where()}: alternatives are written (a|b c|d*)");
                var inner = word[1..^1];
                if (inner.Contains('(') || inner.Contains(')')) throw new LexiconFormatException($"{Where()}: brackets cannot be nested");
                var alternatives = inner.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(a => FoldPhrase(a, Where))
                    .ToList();
                if (alternatives.Count == 0) throw new LexiconFormatException($"{Where()}: empty alternatives");
                positions.Add(new Position(alternatives, gap, optional));
                gap = 0;
                continue;
            }
            if (word.Contains('(') || word.Contains(')') || word.Contains('|'))
            {
                throw new LexiconFormatException($"{Where()}: alternatives are written (a|b|c), brackets around the whole group");
            }

            // A word that folds to several tokens ("16-22", "2500e", "go-go") matches them side by side.
            positions.Add(new Position([FoldPhrase(word, Where)], gap, optional));
            gap = 0;
        }

        if (positions.Count == 0) throw new LexiconFormatException($"{Where()}: no words");
        if (positions.Count(p => p.Optional) > MaxOptional) throw new LexiconFormatException($"{Where()}: at most {MaxOptional} optional words");

        var variants = new List<CompiledPattern>();
        Expand(positions, 0, [], 0, variants, entry, lexicon, pattern, Where);
        return variants;
    }

    private static void Expand(
        List<Position> positions, int index, List<PatternElement> elements, int carriedGap,
        List<CompiledPattern> variants, LexiconEntry entry, Lexicon lexicon, string pattern, Func<string> where)
    {
        if (variants.Count > MaxVariants) throw new LexiconFormatException($"{where()}: more than {MaxVariants} combinations; split it into several patterns");
        if (index == positions.Count)
        {
            if (elements.Count > 0) variants.Add(new CompiledPattern(entry.Key, lexicon.Name, lexicon.Language, pattern, [.. elements]));
            return;
        }
        var position = positions[index];
        var gap = Math.Min(9, position.Gap + carriedGap);

        // Single-word alternatives share one element; each several-word alternative is its own variant.
        var singles = position.Alternatives.Where(a => a.Length == 1).Select(a => a[0]).ToArray();
        if (singles.Length > 0)
        {
            elements.Add(new PatternElement(singles, elements.Count == 0 ? 0 : gap));
            Expand(positions, index + 1, elements, 0, variants, entry, lexicon, pattern, where);
            elements.RemoveAt(elements.Count - 1);
        }
        foreach (var sequence in position.Alternatives.Where(a => a.Length > 1))
        {
            var added = 0;
            foreach (var token in sequence)
            {
                elements.Add(new PatternElement([token], added == 0 && elements.Count > 0 ? gap : 0));
                added++;
            }
            Expand(positions, index + 1, elements, 0, variants, entry, lexicon, pattern, where);
            elements.RemoveRange(elements.Count - added, added);
        }
        if (position.Optional)
        {
            // The gap before a left-out word stays between its neighbours.
            Expand(positions, index + 1, elements, gap, variants, entry, lexicon, pattern, where);
        }
    }

    /// <summary>Splits on spaces, keeping a bracketed group (which may contain spaces) as one piece.</summary>
    private static List<string> SplitTopLevel(string pattern, Func<string> where)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i <= pattern.Length; i++)
        {
            var c = i < pattern.Length ? pattern[i] : ' ';
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (depth < 0) throw new LexiconFormatException($"{where()}: ')' without '('");
            var separator = char.IsWhiteSpace(c) && depth == 0;
            if (!separator && start < 0) start = i;
            if (separator && start >= 0)
            {
                pieces.Add(pattern[start..i]);
                start = -1;
            }
        }
        if (depth != 0) throw new LexiconFormatException($"{where()}: '(' without ')'");
        return pieces;
    }

    /// <summary>Folds one alternative (one or more words, each maybe a stem or &lt;num&gt;) into its tokens.</summary>
    private static PatternToken[] FoldPhrase(string phrase, Func<string> where)
    {
        var tokens = new List<PatternToken>();
        foreach (var word in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.AddRange(FoldWord(word, where));
        }
        if (tokens.Count == 0) throw new LexiconFormatException($"{where()}: '{phrase}' has no letters or digits");
        return [.. tokens];
    }

    private static List<PatternToken> FoldWord(string word, Func<string> where)
    {
        if (string.Equals(word, "<num>", StringComparison.OrdinalIgnoreCase)) return [new PatternToken(PatternTokenKind.Number, "")];
        var stem = word.EndsWith('*');
        var text = stem ? word[..^1] : word;
        if (text.Contains('*') || text.Contains('<') || text.Contains('>') || text.Contains('?'))
        {
            throw new LexiconFormatException($"{where()}: '*' only ends a stem, '?' only ends a word or group, '<num>' stands alone");
        }
        var folded = TextNormaliser.Fold(text);
        if (folded.TokenCount == 0) throw new LexiconFormatException($"{where()}: '{word}' has no letters or digits");
        var pieces = new List<PatternToken>(folded.TokenCount);
        for (var i = 0; i < folded.TokenCount; i++)
        {
            var last = i == folded.TokenCount - 1;
            pieces.Add(new PatternToken(stem && last ? PatternTokenKind.Stem : PatternTokenKind.Word, folded.TokenText(i).ToString()));
        }
        return pieces;
    }
}
