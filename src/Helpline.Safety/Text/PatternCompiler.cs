namespace Helpline.Safety.Text;

/// <summary>
/// Turns a pattern as written in a lexicon into compiled variants (see <c>locales/lexicons/README.md</c>):
/// words separated by spaces; <c>word*</c> a stem; <c>&lt;num&gt;</c> any number; <c>(a|b*|c)</c> alternatives
/// for one word; a trailing <c>?</c> makes a word optional; <c>~N</c> (N from 1 to 9) lets up to N other
/// words stand between its neighbours, <c>...</c> up to 3. Each word is folded by <see cref="TextNormaliser"/>.
/// </summary>
internal static class PatternCompiler
{
    private const int MaxOptional = 4;

    public static IReadOnlyList<CompiledPattern> Compile(Lexicon lexicon, LexiconEntry entry, string pattern)
    {
        string Where() => $"lexicons/{lexicon.Language}/{lexicon.Name}.yaml, key '{entry.Key}', pattern '{pattern}'";

        var positions = new List<(PatternToken[] Alternatives, int Gap, bool Optional)>();
        var gap = 0;
        foreach (var raw in pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
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

            if (word.StartsWith('(') && word.EndsWith(')') && word.Length > 2)
            {
                var alternatives = word[1..^1].Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .Select(a => FoldAlternative(a, Where))
                    .ToArray();
                if (alternatives.Length == 0) throw new LexiconFormatException($"{Where()}: empty alternatives");
                positions.Add((alternatives, gap, optional));
                gap = 0;
                continue;
            }
            if (word.Contains('(') || word.Contains(')') || word.Contains('|'))
            {
                throw new LexiconFormatException($"{Where()}: alternatives are written (a|b|c) with no spaces inside");
            }

            var pieces = FoldWord(word, Where);
            for (var i = 0; i < pieces.Count; i++)
            {
                // A word that folds to several tokens ("16-22", "2500e") must match them side by side.
                positions.Add(([pieces[i]], i == 0 ? gap : 0, optional && pieces.Count == 1));
            }
            gap = 0;
        }

        if (positions.Count == 0) throw new LexiconFormatException($"{Where()}: no words");
        var optionalCount = positions.Count(p => p.Optional);
        if (optionalCount > MaxOptional) throw new LexiconFormatException($"{Where()}: at most {MaxOptional} optional words");

        var variants = new List<CompiledPattern>();
        for (var mask = 0; mask < 1 << optionalCount; mask++)
        {
            var elements = new List<PatternElement>();
            var optionalIndex = 0;
            var carriedGap = 0;
            foreach (var (alternatives, positionGap, isOptional) in positions)
            {
                if (isOptional && (mask & (1 << optionalIndex++)) != 0)
                {
                    carriedGap += positionGap; // the gap before a left-out word stays between its neighbours
                    continue;
                }
                elements.Add(new PatternElement(alternatives, elements.Count == 0 ? 0 : Math.Min(9, positionGap + carriedGap)));
                carriedGap = 0;
            }
            if (elements.Count > 0) variants.Add(new CompiledPattern(entry.Key, lexicon.Name, lexicon.Language, pattern, [.. elements]));
        }
        return variants;
    }

    private static PatternToken FoldAlternative(string alternative, Func<string> where)
    {
        var pieces = FoldWord(alternative, where);
        if (pieces.Count != 1) throw new LexiconFormatException($"{where()}: alternative '{alternative}' is more than one word");
        return pieces[0];
    }

    private static List<PatternToken> FoldWord(string word, Func<string> where)
    {
        if (string.Equals(word, "<num>", StringComparison.OrdinalIgnoreCase)) return [new PatternToken(PatternTokenKind.Number, "")];
        var stem = word.EndsWith('*');
        var text = stem ? word[..^1] : word;
        if (text.Contains('*') || text.Contains('<') || text.Contains('>'))
        {
            throw new LexiconFormatException($"{where()}: '*' only ends a stem, '<num>' stands alone");
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
