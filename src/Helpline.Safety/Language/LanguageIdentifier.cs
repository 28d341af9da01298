using System.Collections.Frozen;
using System.Text;
using Helpline.Core;
using Helpline.Core.Languages;

namespace Helpline.Safety.Language;

/// <summary>
/// Tells whether a short message is Albanian, Romanian, Ukrainian, Russian or English, with a confidence.
/// Four kinds of evidence are added up, per language, in log-probability units:
/// <list type="bullet">
/// <item>the script: Cyrillic text can only be uk or ru; Latin text is sq, ro, en, or uk/ru typed in
/// Latin letters;</item>
/// <item>letters only one language uses (for example e with diaeresis for sq, a with breve for ro, the
/// Ukrainian i and yi, the Russian yery), listed in the lexicon;</item>
/// <item>short words of one language (greetings, thanks, help words), from the lexicon;</item>
/// <item>a naive Bayes model over character 1- to 4-grams, trained at construction from the project's
/// own texts (<c>locales/language-id/*.txt</c> and the resx strings), with Latin diacritics folded
/// away so text typed without them reads the same; Cyrillic uk and ru lines are also learnt in the
/// Latin spellings of the lexicon, which is how Latin-letter Ukrainian and Russian are recognised.</item>
/// </list>
/// The confidence is the softmax of those scores. Latin-letter Ukrainian and Russian share most
/// spellings; when nothing sets them apart the two stay close and the confidence stays low.
/// Immutable after construction: one instance serves every thread (register it as a singleton).
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    /// <summary>Only the first characters are read; a language is clear long before this.</summary>
    public const int MaxCharacters = 600;

    /// <summary>Fewer letters than this say nothing ("a", "?", "12") unless they are a lexicon word (the Ukrainian one-letter word "is").</summary>
    public const int MinLetters = 2;

    /// <summary>
    /// Divides the n-gram log-likelihood: overlapping 1- to 4-grams of the same letters are not
    /// independent, so the raw naive Bayes sum is far too sure of itself.
    /// </summary>
    public const double NGramTemperature = 4.0;

    /// <summary>Added per distinctive letter, up to <see cref="LetterCap"/> letters.</summary>
    public const double LetterWeight = 3.0;

    public const int LetterCap = 3;

    /// <summary>Added per lexicon word.</summary>
    public const double KeywordWeight = 3.0;

    /// <summary>
    /// Added to Ukrainian and Russian when the text is in Latin letters: most Latin-letter messages
    /// are Albanian, Romanian or English, and short English words often look like transliteration.
    /// </summary>
    public const double TransliterationPrior = -1.0;

    /// <summary>Additive smoothing of n-gram counts.</summary>
    public const double Smoothing = 0.5;

    private const int NoLanguage = -1;
    private const int NeutralWord = -2;

    // Language indexes follow HelplineLanguages.Identifiable: sq ro uk ru en.
    private static readonly string[] Languages = [.. HelplineLanguages.Identifiable];
    private static readonly int Ukrainian = Array.IndexOf(Languages, HelplineLanguages.Ukrainian);
    private static readonly int Russian = Array.IndexOf(Languages, HelplineLanguages.Russian);
    private static readonly int LanguageCount = Languages.Length;

    private readonly CharacterNGramModel _latin;     // classes: every language (uk, ru as typed in Latin letters)
    private readonly CharacterNGramModel _cyrillic;  // classes: uk, ru
    private readonly sbyte[] _letterLanguage;        // char -> language index, NoLanguage otherwise
    private readonly FrozenDictionary<ulong, int> _words; // word hash -> language index or NeutralWord

    /// <summary>Trains on the texts and lexicon embedded in Helpline.Locales (takes a moment: build once).</summary>
    public LanguageIdentifier()
        : this(LanguageIdLexicon.LoadEmbedded(), EmbeddedTrainingSamples())
    {
    }

    /// <summary>
    /// Trains on other data (tests, cross-validation). Internal so that a container never picks it
    /// with an empty sequence of samples.
    /// </summary>
    internal LanguageIdentifier(LanguageIdLexicon lexicon, IEnumerable<LanguageSample> training)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(training);
        _letterLanguage = BuildLetterTable(lexicon);
        _words = BuildWordTable(lexicon);
        (_latin, _cyrillic) = Train(lexicon, training);
    }

    /// <summary>Distinct n-grams learnt (Latin model, Cyrillic model).</summary>
    public (int Latin, int Cyrillic) ModelSize => (_latin.Size, _cyrillic.Size);

    /// <summary>Everything the default constructor learns from: the training texts, then the resx strings.</summary>
    public static IReadOnlyList<LanguageSample> EmbeddedTrainingSamples() =>
        [.. LanguageIdResources.TrainingTexts(), .. LanguageIdResources.ResourceStrings()];

    public LanguageGuess Identify(string text)
    {
        if (string.IsNullOrEmpty(text)) return LanguageGuess.Unknown;

        Span<double> latinScores = stackalloc double[LanguageCount];
        Span<double> cyrillicScores = stackalloc double[2];
        Span<int> letters = stackalloc int[LanguageCount];
        Span<int> keywords = stackalloc int[LanguageCount];
        latinScores.Clear();
        cyrillicScores.Clear();
        letters.Clear();
        keywords.Clear();

        int latinLetters = 0, cyrillicLetters = 0, words = 0, neutralWords = 0, latinGrams = 0, cyrillicGrams = 0;
        int rolling = 0, length = 0;
        var hash = LanguageText.WordHashStart;
        var cyrillicWord = false;
        var end = Math.Min(text.Length, MaxCharacters);

        for (var i = 0; i <= end; i++)
        {
            var c = i < end ? text[i] : ' ';
            var code = LanguageText.Code(c);
            if (code == LanguageText.Joiner) continue;
            if (code == LanguageText.Separator)
            {
                if (length == 0) continue;
                // The word ends: n-grams ending in the boundary, then the word itself.
                rolling = LanguageText.Push(rolling, LanguageText.Boundary);
                var top = Math.Min(LanguageText.MaxOrder, length + 1);
                for (var n = 2; n <= top; n++)
                {
                    var gram = rolling & LanguageText.Masks[n];
                    if (cyrillicWord) { if (_cyrillic.Accumulate(gram, cyrillicScores)) cyrillicGrams++; }
                    else if (_latin.Accumulate(gram, latinScores)) latinGrams++;
                }
                words++;
                if (_words.TryGetValue(hash, out var wordLanguage))
                {
                    if (wordLanguage == NeutralWord) neutralWords++;
                    else keywords[wordLanguage]++;
                }
                length = 0;
                continue;
            }

            if (length == 0)
            {
                rolling = LanguageText.Boundary;
                length = 1;
                hash = LanguageText.WordHashStart;
            }
            rolling = LanguageText.Push(rolling, code);
            length++;
            hash = LanguageText.WordHashAdd(hash, code);
            if (c < _letterLanguage.Length && _letterLanguage[c] != NoLanguage) letters[_letterLanguage[c]]++;

            cyrillicWord = LanguageText.IsCyrillic(code);
            if (cyrillicWord) cyrillicLetters++;
            else latinLetters++;
            var order = Math.Min(LanguageText.MaxOrder, length);
            for (var n = 1; n <= order; n++)
            {
                var gram = rolling & LanguageText.Masks[n];
                if (cyrillicWord) { if (_cyrillic.Accumulate(gram, cyrillicScores)) cyrillicGrams++; }
                else if (_latin.Accumulate(gram, latinScores)) latinGrams++;
            }
        }

        if (words == neutralWords) return LanguageGuess.Unknown;
        var keywordCount = 0;
        foreach (var count in keywords) keywordCount += count;
        if (latinLetters + cyrillicLetters < MinLetters && keywordCount == 0) return LanguageGuess.Unknown;

        var cyrillic = cyrillicLetters > latinLetters;
        Span<double> scores = stackalloc double[LanguageCount];
        var evidence = cyrillic ? cyrillicGrams : latinGrams;
        for (var l = 0; l < LanguageCount; l++)
        {
            double score;
            if (cyrillic)
            {
                if (l != Ukrainian && l != Russian) { scores[l] = double.NegativeInfinity; continue; }
                score = cyrillicScores[l == Ukrainian ? 0 : 1] / NGramTemperature;
            }
            else
            {
                score = latinScores[l] / NGramTemperature;
                if (l == Ukrainian || l == Russian) score += TransliterationPrior;
            }
            score += Math.Min(letters[l], LetterCap) * LetterWeight + keywords[l] * KeywordWeight;
            evidence += letters[l] + keywords[l];
            scores[l] = score;
        }
        if (evidence == 0) return LanguageGuess.Unknown;

        return Softmax(scores);
    }

    private static LanguageGuess Softmax(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best]) best = l;
        }
        double sum = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (!double.IsNegativeInfinity(scores[l])) sum += Math.Exp(scores[l] - scores[best]);
        }
        return new LanguageGuess(Languages[best], 1 / sum);
    }

    private static sbyte[] BuildLetterTable(LanguageIdLexicon lexicon)
    {
        var table = new sbyte[0x500];
        Array.Fill(table, (sbyte)NoLanguage);
        foreach (var (language, distinctive) in lexicon.Letters)
        {
            var index = Array.IndexOf(Languages, language);
            foreach (var c in distinctive)
            {
                foreach (var variant in new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) })
                {
                    if (variant >= table.Length) continue;
                    if (table[variant] != NoLanguage && table[variant] != index)
                    {
                        throw new InvalidDataException($"The letter '{variant}' is listed for two languages.");
                    }
                    table[variant] = (sbyte)index;
                }
            }
        }
        return table;
    }

    private static FrozenDictionary<ulong, int> BuildWordTable(LanguageIdLexicon lexicon)
    {
        var table = new Dictionary<ulong, int>();
        foreach (var (language, list) in lexicon.Keywords)
        {
            var index = Array.IndexOf(Languages, language);
            foreach (var word in list)
            {
                var canonical = LanguageText.Normalize(word);
                if (canonical.Length == 0 || canonical.Contains(' ')) continue;
                var key = LanguageText.WordHash(canonical);
                if (table.TryGetValue(key, out var existing) && existing != index)
                {
                    throw new InvalidDataException($"The keyword '{word}' is listed for two languages.");
                }
                table[key] = index;
            }
        }
        foreach (var word in lexicon.Neutral)
        {
            var canonical = LanguageText.Normalize(word);
            if (canonical.Length == 0 || canonical.Contains(' ')) continue;
            table[LanguageText.WordHash(canonical)] = NeutralWord;
        }
        return table.ToFrozenDictionary();
    }

    private static (CharacterNGramModel Latin, CharacterNGramModel Cyrillic) Train(
        LanguageIdLexicon lexicon, IEnumerable<LanguageSample> training)
    {
        var latin = Enumerable.Range(0, LanguageCount).Select(_ => new List<int>()).ToArray();
        var cyrillic = new[] { new List<int>(), new List<int>() };
        var discard = new List<int>();
        foreach (var sample in training)
        {
            var index = Array.IndexOf(Languages, sample.Language);
            if (index < 0) continue;
            var cyrillicTarget = index == Ukrainian ? cyrillic[0] : index == Russian ? cyrillic[1] : discard;
            LanguageText.Grams(sample.Text, latin[index], cyrillicTarget);
            discard.Clear();
            if (cyrillicTarget == discard || !lexicon.Transliteration.TryGetValue(sample.Language, out var tables)) continue;
            foreach (var table in tables)
            {
                LanguageText.Grams(Transliterate(sample.Text, table), latin[index], discard);
                discard.Clear();
            }
        }
        return (CharacterNGramModel.Train(latin, Smoothing), CharacterNGramModel.Train(cyrillic, Smoothing));
    }

    /// <summary>Cyrillic letters replaced by their Latin spelling from the table; other Cyrillic letters dropped.</summary>
    internal static string Transliterate(string text, IReadOnlyDictionary<string, string> table)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (table.TryGetValue(lower.ToString(), out var latin)) builder.Append(latin);
            else if (lower is >= '\u0400' and <= '\u04FF') continue;
            else builder.Append(lower);
        }
        return builder.ToString();
    }
}
