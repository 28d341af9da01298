namespace Helpline.Safety.Language;

/// <summary>A text and the language it is written in (training data, evaluation data).</summary>
public sealed record LanguageSample(string Language, string Text);
