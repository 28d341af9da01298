namespace Helpline.Safety.Text;

/// <summary>
/// The patterns of one lexicon file, <c>locales/lexicons/&lt;Language&gt;/&lt;Name&gt;.yaml</c>, as written by
/// helpline staff (not yet compiled; see <see cref="LexiconMatcher"/>).
/// </summary>
public sealed record Lexicon(string Name, string Language, IReadOnlyList<LexiconEntry> Entries);
