namespace Helpline.Safety.Text;

/// <summary>A lexicon file or pattern that cannot be read; the message names the file, the key and the pattern.</summary>
public sealed class LexiconFormatException(string message, Exception? inner = null) : Exception(message, inner);
