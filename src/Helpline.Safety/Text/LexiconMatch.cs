namespace Helpline.Safety.Text;

/// <summary>
/// One place where a pattern of a lexicon matched: the entry's <see cref="Key"/>, the lexicon and its
/// language, the pattern as written, the folded tokens [<see cref="TokenStart"/>, <see cref="TokenEnd"/>)
/// it covered (use them with <see cref="FoldedText.TokenText"/> to look at the words around it, e.g. for
/// negation) and the <see cref="Span"/> of the ORIGINAL text it covered.
/// </summary>
public readonly record struct LexiconMatch(string Key, string Lexicon, string Language, string Pattern, int TokenStart, int TokenEnd, TextSpan Span);
