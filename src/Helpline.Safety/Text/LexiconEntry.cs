namespace Helpline.Safety.Text;

/// <summary>One key of a lexicon (a sign, a category, a cue) with the patterns that stand for it.</summary>
public sealed record LexiconEntry(string Key, IReadOnlyList<string> Patterns);
