namespace Helpline.Safety.Text;

/// <summary>A pattern folded and split into positions, ready to match (one variant per combination of optional words and alternatives).</summary>
internal sealed record CompiledPattern(string Key, string Lexicon, string Language, string Source, PatternElement[] Elements);
