using System.Collections.Frozen;

namespace Helpline.Safety.Language;

/// <summary>
/// A naive Bayes model over character n-grams (orders 1 to 4, packed by <see cref="LanguageText"/>):
/// for each n-gram seen in training, the smoothed log-probability of that n-gram in each class.
/// Immutable after training, so one instance serves every thread.
/// </summary>
internal sealed class CharacterNGramModel
{
    private readonly FrozenDictionary<int, int> _rows;
    private readonly float[] _logProbabilities;

    public int ClassCount { get; }

    /// <summary>Distinct n-grams known to the model.</summary>
    public int Size => _rows.Count;

    private CharacterNGramModel(int classCount, FrozenDictionary<int, int> rows, float[] logProbabilities)
    {
        ClassCount = classCount;
        _rows = rows;
        _logProbabilities = logProbabilities;
    }

    /// <summary>
    /// Adds the log-probability of <paramref name="gram"/> in each class to <paramref name="scores"/>;
    /// false (and nothing added) when no class has seen it.
    /// </summary>
    public bool Accumulate(int gram, Span<double> scores)
    {
        if (!_rows.TryGetValue(gram, out var row)) return false;
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
        return new CharacterNGramModel(classCount, rows.ToFrozenDictionary(), logProbabilities);
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
