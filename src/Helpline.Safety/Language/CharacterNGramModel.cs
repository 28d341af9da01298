namespace Helpline.Safety.Language;

/// <summary>
/// A naive Bayes model over character n-grams (orders 1 to 4, packed by <see cref="LanguageText"/>):
/// for each n-gram seen in training, the smoothed log-probability of that n-gram in each class.
/// Immutable after training, so one instance serves every thread. The n-grams sit in an
/// open-addressing table (linear probing, at most half full) because the lookup runs for every letter
/// of every message.
/// </summary>
internal sealed class CharacterNGramModel
{
    private readonly int[] _keys;             // packed n-gram, 0 = empty slot (n-grams are never 0)
    private readonly int[] _rows;             // start of the n-gram's row in _logProbabilities
    private readonly int _shift;              // 32 - log2(table size)
    private readonly float[] _logProbabilities;

    public int ClassCount { get; }

    /// <summary>Distinct n-grams known to the model.</summary>
    public int Size { get; }

    private CharacterNGramModel(int classCount, Dictionary<int, int> rows, float[] logProbabilities)
    {
        ClassCount = classCount;
        Size = rows.Count;
        _logProbabilities = logProbabilities;
        var bits = 4;
        while ((1 << bits) < rows.Count * 2) bits++;
        _shift = 32 - bits;
        _keys = new int[1 << bits];
        _rows = new int[1 << bits];
        var mask = (1 << bits) - 1;
        foreach (var (gram, row) in rows)
        {
            var slot = Slot(gram);
            while (_keys[slot] != 0) slot = (slot + 1) & mask;
            _keys[slot] = gram;
            _rows[slot] = row;
        }
    }

    private int Slot(int gram) => (int)(((uint)gram * 0x9E3779B1u) >> _shift);

    private bool TryGetRow(int gram, out int row)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(gram); ; slot = (slot + 1) & mask)
        {
            var key = _keys[slot];
            if (key == gram)
            {
                row = _rows[slot];
                return true;
            }
            if (key == 0)
            {
                row = 0;
                return false;
            }
        }
    }

    /// <summary>
    /// Adds the log-probability of <paramref name="gram"/> in each class to <paramref name="scores"/>;
    /// false (and nothing added) when no class has seen it.
    /// </summary>
    public bool Accumulate(int gram, Span<double> scores)
    {
        if (!TryGetRow(gram, out var row)) return false;
        var values = _logProbabilities.AsSpan(row, ClassCount);
        for (var i = 0; i < values.Length; i++) scores[i] += values[i];
        return true;
    }

    /// <param name="gramsPerClass">The n-grams of each class's training text, with repeats.</param>
    /// <param name="smoothing">Additive (Lidstone) smoothing per n-gram.</param>
    public static CharacterNGramModel Train(IReadOnlyList<List<int>> gramsPerClass, double smoothing)
    {
        var classCount = gramsPerClass.Count;
        var counts = new Dictionary<int, int[]>();
        var totals = new long[classCount, LanguageText.MaxOrder + 1];
        for (var c = 0; c < classCount; c++)
        {
            foreach (var gram in gramsPerClass[c])
            {
                if (!counts.TryGetValue(gram, out var perClass))
                {
                    perClass = new int[classCount];
                    counts[gram] = perClass;
                }
                perClass[c]++;
                totals[c, Order(gram)]++;
            }
        }

        var vocabulary = new long[LanguageText.MaxOrder + 1];
        foreach (var gram in counts.Keys) vocabulary[Order(gram)]++;

        var rows = new Dictionary<int, int>(counts.Count);
        var logProbabilities = new float[counts.Count * classCount];
        var next = 0;
        foreach (var (gram, perClass) in counts)
        {
            var order = Order(gram);
            rows[gram] = next;
            for (var c = 0; c < classCount; c++)
            {
                var denominator = totals[c, order] + smoothing * vocabulary[order];
                logProbabilities[next + c] = (float)Math.Log((perClass[c] + smoothing) / denominator);
            }
            next += classCount;
        }
        return new CharacterNGramModel(classCount, rows, logProbabilities);
    }

    /// <summary>How many codes a packed n-gram holds (codes are never zero).</summary>
    private static int Order(int gram)
    {
        var order = 0;
        while (gram != 0)
        {
            order++;
            gram >>= LanguageText.BitsPerCode;
        }
        return order;
    }
}
