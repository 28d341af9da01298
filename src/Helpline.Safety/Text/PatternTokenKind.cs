namespace Helpline.Safety.Text;

internal enum PatternTokenKind : byte
{
    Word,
    Stem,
    Number,
}
