using FsCheck;
using FsCheck.Fluent;

namespace Helpline.Safety.Tests.Text;

/// <summary>FsCheck generators of texts like the helpline receives: every alphabet it serves, digits, separators, symbols.</summary>
public static class HelplineTexts
{
    private const string Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCXYZ" +
        "șşțţăâîÎȘŞȚĂÂëËçÇ" +
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяъыэёАБВЖЩЯЇ" +
        "0123456789 .,-'’ʼ!?€$£₴\u00A0\u202F\u0301\u0326" +
        "ʃʒʧɕßæøł😀";

    private static readonly Gen<char> Chars = Gen.Elements(Alphabet.ToCharArray());

    public static Arbitrary<string> Strings() =>
        Gen.ArrayOf(Chars).Select(chars => new string(chars)).ToArbitrary();
}
