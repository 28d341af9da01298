namespace Helpline.Safety.Text;

/// <summary>What the matcher knows about one token of a text: the id of the pattern word it equals (or -1), the ids of the stems it starts with, and whether it is a number.</summary>
internal readonly record struct TokenIds(int WordId, int[] StemIds, bool IsNumber);
