using System.Globalization;
using System.Text;

namespace Helpline.Safety.Text;

/// <summary>
/// Folds text for matching, the same way for the user's text and for lexicon patterns:
/// <list type="bullet">
/// <item>lower case; Latin diacritics stripped (s and t with comma or cedilla, a with breve or circumflex, e with diaeresis, c with cedilla, ...);</item>
/// <item>Romanian old spelling: i-circumflex inside a word reads as a-circumflex (old and new spellings of "castig" fold alike), and the old "sint, sintem, sinteti" read as "sunt, suntem, sunteti";</item>
/// <item>Cyrillic transliterated into the same Latin skeleton that Ukrainian and Russian typed in Latin letters
///   fold to: y and j read as i (ya/ia/ja, yu/iu/ju, yi/i), kh/x/g/h are one letter (Cyrillic ge, ghe, kha),
///   sh zh ch become one letter each (Cyrillic sha, zhe, che), shch/sch one letter (shcha), w reads as v, soft and hard signs
///   and apostrophes inside words vanish, and doubled letters count once (passport = pasport);</item>
/// <item>digits: groups written with spaces, dots, commas or apostrophes (3 000, 3.000, 3,000) join into one
///   number; letters and digits never share a token (2500e = 2500 e); the euro, dollar, pound, hryvnia and rouble signs become the tokens
///   eur usd gbp hrn rub (folded like any word: gbp reads hbp);</item>
/// <item>everything else separates tokens.</item>
/// </list>
/// Every folded character keeps the original span it came from (<see cref="FoldedText"/>).
/// Folding is idempotent: folding a folded text changes nothing. Pure and thread-safe.
/// </summary>
public static class TextNormaliser
{
    // The one-letter skeleton symbols of Cyrillic sounds written with two or more Latin letters.
    internal const char Sh = '\u0283';
    internal const char Zh = '\u0292';
    internal const char Ch = '\u02A7';
    internal const char Shch = '\u0255';

    private const int TableSize = 0x2000;

    private enum Kind : byte { Separator, Letter, Digit, Apostrophe, Mark }

    private static readonly Kind[] Kinds = new Kind[TableSize];
    private static readonly string?[] Letters = new string?[TableSize];

    static TextNormaliser()
    {
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) continue;
            if (IsApostrophe(c)) { Kinds[i] = Kind.Apostrophe; continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                Kinds[i] = Kind.Mark;
                continue;
            }
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                Kinds[i] = Kind.Digit;
                continue;
            }
            if (char.IsLetter(c))
            {
                Kinds[i] = Kind.Letter;
                Letters[i] = FoldLetter(c);
            }
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4' or '\u2018' or '\u02B9' or '\u02BB';

    private static string FoldLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var cyrillic = Cyrillic(lower);
        if (cyrillic is not null) return cyrillic;
        var special = lower switch
        {
            '\u00DF' => "ss",
            '\u00E6' => "ae",
            '\u0153' => "oe",
            '\u00F8' => "o",
            '\u0111' => "d",
            '\u00F0' => "d",
            '\u0142' => "l",
            '\u0131' => "i",
            '\u00FE' => "th",
            '\u0140' => "l",
            _ => null,
        };
        var baseText = special ?? StripMarks(lower);
        var builder = new StringBuilder(baseText.Length);
        foreach (var b in baseText)
        {
            builder.Append(b switch
            {
                'y' or 'j' => 'i',
                'w' => 'v',
                'x' or 'g' => 'h',
                _ => b,
            });
        }
        return builder.ToString();
    }

    private static string StripMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) builder.Append(d);
        }
        return builder.Length == 0 ? c.ToString() : builder.ToString();
    }

    private static string? Cyrillic(char c) => c switch
    {
        '\u0430' => "a", '\u0431' => "b", '\u0432' => "v", '\u0433' => "h", '\u0491' => "h", '\u0434' => "d", '\u0435' => "e", '\u0451' => "io",
        '\u0454' => "ie", '\u0436' => "zh", '\u0437' => "z", '\u0438' => "i", '\u0456' => "i", '\u0457' => "i", '\u0439' => "i", '\u043A' => "k",
        '\u043B' => "l", '\u043C' => "m", '\u043D' => "n", '\u043E' => "o", '\u043F' => "p", '\u0440' => "r", '\u0441' => "s", '\u0442' => "t",
        '\u0443' => "u", '\u045E' => "u", '\u0444' => "f", '\u0445' => "h", '\u0446' => "ts", '\u0447' => "ch", '\u0448' => "sh", '\u0449' => "shch",
        '\u044A' => "", '\u044B' => "i", '\u044C' => "", '\u044D' => "e", '\u044E' => "iu", '\u044F' => "ia",
        _ => null,
    };

    private static string? Currency(char c) => c switch
    {
        '\u20AC' => "eur",
        '$' => "usd",
        '\u00A3' => "gbp",
        '\u20B4' => "hrn",
        '\u20BD' => "rub",
        _ => null,
    };

    private static bool IsGroupSeparator(char c) => c is ' ' or '.' or ',' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '\u2019';

    /// <summary>Folds one text. See the class summary for what folding does.</summary>
    public static FoldedText Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new Builder(text.Length + 16);
        var groupLength = 0; // digits since the number started or since the last joined group
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kind = c < TableSize ? Kinds[c] : OtherKind(text, i);
            switch (kind)
            {
                case Kind.Letter:
                {
                    string? folded;
                    if (c < TableSize)
                    {
                        folded = Letters[c];
                        if (c is '\u00EE' or '\u00CE' && IsLetterAt(text, i - 1) && IsLetterAt(text, i + 1)) folded = "a";
                    }
                    else
                    {
                        folded = char.ToLowerInvariant(c).ToString();
                    }
                    if (folded!.Length == 0)
                    {
                        builder.Extend(i + 1);
                        break;
                    }
                    foreach (var f in folded) builder.EmitLetter(f, i, i + 1);
                    break;
                }
                case Kind.Digit:
                {
                    var value = (int)char.GetNumericValue(c);
                    if (value is < 0 or > 9) { builder.Separate(); break; }
                    if (!builder.InNumber) groupLength = 0;
                    builder.EmitDigit((char)('0' + value), i, i + 1);
                    groupLength++;
                    break;
                }
                case Kind.Mark:
                    builder.Extend(i + 1);
                    break;
                case Kind.Apostrophe when IsLetterAt(text, i - 1) && IsLetterAt(text, i + 1):
                    builder.Extend(i + 1);
                    break;
                default:
                {
                    if (builder.InNumber && groupLength is >= 1 and <= 3 && IsGroupSeparator(c) && ThreeDigitsAt(text, i + 1))
                    {
                        groupLength = 0; // the next three digits start a new group of the same number
                        break;
                    }
                    var currency = Currency(c);
                    if (currency is not null)
                    {
                        builder.Separate();
                        foreach (var letter in currency)
                        {
                            foreach (var f in Letters[letter]!) builder.EmitLetter(f, i, i + 1);
                        }
                        builder.Separate();
                        break;
                    }
                    builder.Separate();
                    break;
                }
            }
        }
        return builder.Build(text);
    }

    /// <summary>The folded form of a text as a string (tokens separated by single spaces).</summary>
    public static string FoldToString(string text) => Fold(text).Text;

    private static Kind OtherKind(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c)) return Kind.Separator;
        if (char.IsLetter(c)) return Kind.Letter;
        var category = char.GetUnicodeCategory(c);
        if (category == UnicodeCategory.DecimalDigitNumber) return Kind.Digit;
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark) return Kind.Mark;
        return Kind.Separator;
    }

    private static bool IsLetterAt(string text, int i)
    {
        if (i < 0 || i >= text.Length) return false;
        var c = text[i];
        return c < TableSize ? Kinds[c] is Kind.Letter or Kind.Mark : char.IsLetter(c);
    }

    private static bool IsDigitAt(string text, int i) =>
        i >= 0 && i < text.Length && char.GetUnicodeCategory(text[i]) == UnicodeCategory.DecimalDigitNumber;

    private static bool ThreeDigitsAt(string text, int i) =>
        IsDigitAt(text, i) && IsDigitAt(text, i + 1) && IsDigitAt(text, i + 2) && !IsDigitAt(text, i + 3);

    /// <summary>Collects folded characters with their original spans and applies the skeleton rules as it goes.</summary>
    private struct Builder
    {
        private char[] _chars;
        private int[] _starts;
        private int[] _ends;
        private int _length;
        private bool _pendingSpace;

        public Builder(int capacity)
        {
            _chars = new char[capacity];
            _starts = new int[capacity];
            _ends = new int[capacity];
            _length = 0;
            _pendingSpace = false;
        }

        private readonly char Last => _length > 0 ? _chars[_length - 1] : ' ';

        public readonly bool InNumber => !_pendingSpace && char.IsAsciiDigit(Last);

        public void Separate()
        {
            if (_length > 0) _pendingSpace = true;
        }

        /// <summary>Lets the last folded character cover original characters up to <paramref name="end"/> (marks, soft signs, apostrophes).</summary>
        public void Extend(int end)
        {
            if (_length > 0 && !_pendingSpace && Last != ' ') _ends[_length - 1] = Math.Max(_ends[_length - 1], end);
        }

        public void EmitDigit(char digit, int start, int end)
        {
            if (_length > 0 && !char.IsAsciiDigit(Last)) _pendingSpace = true;
            Push(digit, start, end);
        }

        public void EmitLetter(char letter, int start, int end)
        {
            if (_length > 0 && char.IsAsciiDigit(Last)) _pendingSpace = true;
            if (_pendingSpace)
            {
                Push(letter, start, end);
                return;
            }
            while (_length > 0 && Last != ' ')
            {
                var last = Last;
                char? merged = (last, letter) switch
                {
                    ('k', 'h') => 'h',
                    ('s', 'h') => Sh,
                    ('c', 'h') => Ch,
                    ('z', 'h') => Zh,
                    ('s', Ch) or (Sh, Ch) => Shch,
                    _ when last == letter => letter,
                    _ => null,
                };
                if (merged is null) break;
                start = _starts[_length - 1];
                end = Math.Max(end, _ends[_length - 1]);
                _length--;
                letter = merged.Value;
            }
            Push(letter, start, end);
        }

        private void Push(char c, int start, int end)
        {
            if (_pendingSpace)
            {
                _pendingSpace = false;
                if (_length > 0)
                {
                    var previousEnd = _ends[_length - 1];
                    Append(' ', previousEnd, previousEnd);
                }
            }
            Append(c, start, end);
        }

        private void Append(char c, int start, int end)
        {
            if (_length == _chars.Length)
            {
                var size = _chars.Length * 2;
                Array.Resize(ref _chars, size);
                Array.Resize(ref _starts, size);
                Array.Resize(ref _ends, size);
            }
            _chars[_length] = c;
            _starts[_length] = start;
            _ends[_length] = end;
            _length++;
        }

        public readonly FoldedText Build(string original)
        {
            var count = 0;
            for (var i = 0; i < _length; i++)
            {
                if (_chars[i] != ' ' && (i == 0 || _chars[i - 1] == ' ')) count++;
            }
            var tokens = new FoldedToken[count];
            var t = 0;
            var tokenStart = -1;
            for (var i = 0; i <= _length; i++)
            {
                var isSpace = i == _length || _chars[i] == ' ';
                if (!isSpace && tokenStart < 0) tokenStart = i;
                if (isSpace && tokenStart >= 0)
                {
                    var length = i - tokenStart;
                    tokens[t++] = new FoldedToken(tokenStart, length, char.IsAsciiDigit(_chars[tokenStart]));
                    ModernRomanianSpelling(_chars.AsSpan(tokenStart, length));
                    tokenStart = -1;
                }
            }
            return new FoldedText(original, _chars, _length, _starts, _ends, tokens);
        }

        /// <summary>Old Romanian "sint, sintem, sinteti" (after i inside a word reads as a: sant...) is modern "sunt...".</summary>
        private static void ModernRomanianSpelling(Span<char> token)
        {
            if (token.Length < 4 || token[0] != 's' || token[1] is not ('i' or 'a')) return;
            if (token.SequenceEqual("sint") || token.SequenceEqual("sant") ||
                token.SequenceEqual("sintem") || token.SequenceEqual("santem") ||
                token.SequenceEqual("sinteti") || token.SequenceEqual("santeti"))
            {
                token[1] = 'u';
            }
        }
    }
}
