using System.Globalization;
using System.Text;

namespace Helpline.Safety.Language;

/// <summary>
/// How the language identifier reads characters: every letter becomes a small code (Latin letters
/// folded to a-z without diacritics, Cyrillic letters kept apart, including the Ukrainian ones),
/// apostrophes join a word ("don't", and the Ukrainian apostrophe), everything else separates words.
/// One immutable table, built once; the same coding is used to train and to identify.
/// </summary>
internal static class LanguageText
{
    /// <summary>Not a letter: ends a word.</summary>
    public const byte Separator = 0;

    /// <summary>The word boundary in n-grams (" ab", "ba ").</summary>
    public const byte Boundary = 1;

    /// <summary>An apostrophe: dropped, the word goes on.</summary>
    public const byte Joiner = 127;

    public const byte FirstLatin = 2;
    public const byte LastLatin = FirstLatin + 25;
    public const byte FirstCyrillic = LastLatin + 1;

    /// <summary>Bits per character code in a packed n-gram (codes are below 128).</summary>
    public const int BitsPerCode = 7;

    /// <summary>The longest n-gram.</summary>
    public const int MaxOrder = 4;

    private const int TableSize = 0x500;

    // U+0430..U+044F (Cyrillic small a to ya), then the Ukrainian i, yi, ye and ghe with upturn.
    private const char CyrillicSmallA = '\u0430';
    private const char CyrillicSmallYa = '\u044F';
    private const char CyrillicSmallIo = '\u0451';
    private const char CyrillicSmallIe = '\u0435';
    private const char CyrillicSmallByelorussianI = '\u0456';
    private const char CyrillicSmallYi = '\u0457';
    private const char CyrillicSmallUkrainianIe = '\u0454';
    private const char CyrillicSmallGheUpturn = '\u0491';

    private static readonly byte[] Codes = BuildCodes();
    private static readonly char[] Letters = BuildLetters();

    /// <summary>The code of a character (<see cref="Separator"/> for anything that is not a letter we read).</summary>
    public static byte Code(char c)
    {
        if (c < TableSize) return Codes[c];
        return c is '\u2019' or '\u02BC' or '\u2018' ? Joiner : Separator;
    }

    public static bool IsLatin(byte code) => code is >= FirstLatin and <= LastLatin;

    public static bool IsCyrillic(byte code) => code >= FirstCyrillic && code != Joiner;

    /// <summary>
    /// The canonical form of a text: lower case, Latin diacritics removed, apostrophes dropped, every run
    /// of other characters one space, trimmed ("Rom\u00E2n\u0103!" reads "romana"; Cyrillic stays Cyrillic, in lower case).
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var code = Code(c);
            if (code == Joiner) continue;
            if (code == Separator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(Letters[code]);
        }
        return builder.ToString();
    }

    /// <summary>The words of a text in canonical form.</summary>
    public static string[] Words(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The key of a word in the keyword table: FNV-1a over its codes.</summary>
    public static ulong WordHashStart => 14695981039346656037UL;

    public static ulong WordHashAdd(ulong hash, byte code) => (hash ^ code) * 1099511628211UL;

    public static ulong WordHash(string canonicalWord)
    {
        var hash = WordHashStart;
        foreach (var c in canonicalWord)
        {
            var code = Code(c);
            if (code is Separator or Joiner) continue;
            hash = WordHashAdd(hash, code);
        }
        return hash;
    }

    /// <summary>
    /// Every n-gram (orders 1 to <see cref="MaxOrder"/>) of the words of a text, packed into ints, each
    /// with whether its last letter is Cyrillic. Used for training; identification runs the same steps inline.
    /// </summary>
    public static void Grams(string text, List<int> latin, List<int> cyrillic)
    {
        var rolling = 0;
        var length = 0;
        var cyrillicWord = false;
        foreach (var c in text)
        {
            var code = Code(c);
            if (code == Joiner) continue;
            if (code == Separator)
            {
                if (length > 0) EndWord(rolling, length, cyrillicWord ? cyrillic : latin);
                length = 0;
                continue;
            }
            if (length == 0)
            {
                rolling = Boundary;
                length = 1;
            }
            rolling = Push(rolling, code);
            length++;
            cyrillicWord = IsCyrillic(code);
            var target = cyrillicWord ? cyrillic : latin;
            var top = Math.Min(MaxOrder, length);
            for (var n = 1; n <= top; n++) target.Add(rolling & Masks[n]);
        }
        if (length > 0) EndWord(rolling, length, cyrillicWord ? cyrillic : latin);
    }

    private static void EndWord(int rolling, int length, List<int> target)
    {
        rolling = Push(rolling, Boundary);
        var top = Math.Min(MaxOrder, length + 1);
        for (var n = 2; n <= top; n++) target.Add(rolling & Masks[n]);
    }

    public static int Push(int rolling, byte code) => ((rolling << BitsPerCode) | code) & Masks[MaxOrder];

    /// <summary>Masks[n] keeps the last n codes of a packed n-gram.</summary>
    public static readonly int[] Masks = [0, (1 << 7) - 1, (1 << 14) - 1, (1 << 21) - 1, (1 << 28) - 1];

    private static byte[] BuildCodes()
    {
        var codes = new byte[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (c is '\'' or '`') { codes[i] = Joiner; continue; }
            if (!char.IsLetter(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower < '\u0400')
            {
                // Latin: fold to the base letter (e with diaeresis -> e, s with comma -> s).
                var folded = lower.ToString().Normalize(NormalizationForm.FormD)[0];
                if (folded is >= 'a' and <= 'z') codes[i] = (byte)(FirstLatin + (folded - 'a'));
                else if (lower == '\u0131') codes[i] = (byte)(FirstLatin + ('i' - 'a')); // dotless i
                continue;
            }
            codes[i] = CyrillicCode(lower);
        }
        return codes;
    }

    private static byte CyrillicCode(char lower) => lower switch
    {
        >= CyrillicSmallA and <= CyrillicSmallYa => (byte)(FirstCyrillic + (lower - CyrillicSmallA)),
        CyrillicSmallIo => (byte)(FirstCyrillic + (CyrillicSmallIe - CyrillicSmallA)),
        CyrillicSmallByelorussianI => FirstCyrillic + 32,
        CyrillicSmallYi => FirstCyrillic + 33,
        CyrillicSmallUkrainianIe => FirstCyrillic + 34,
        CyrillicSmallGheUpturn => FirstCyrillic + 35,
        _ => Separator,
    };

    private static char[] BuildLetters()
    {
        var letters = new char[128];
        for (var c = 'a'; c <= 'z'; c++) letters[FirstLatin + (c - 'a')] = c;
        for (var c = CyrillicSmallA; c <= CyrillicSmallYa; c++) letters[CyrillicCode(c)] = c;
        letters[CyrillicCode(CyrillicSmallByelorussianI)] = CyrillicSmallByelorussianI;
        letters[CyrillicCode(CyrillicSmallYi)] = CyrillicSmallYi;
        letters[CyrillicCode(CyrillicSmallUkrainianIe)] = CyrillicSmallUkrainianIe;
        letters[CyrillicCode(CyrillicSmallGheUpturn)] = CyrillicSmallGheUpturn;
        return letters;
    }

    /// <summary>Lower case of a single character in the invariant culture (for the letter-cue table).</summary>
    public static char Lower(char c) => char.ToLower(c, CultureInfo.InvariantCulture);
}
