namespace Carbet.Evaluation.Fairness;

/// <summary>SplitMix64 (Steele, Lea and Flood, 2014): a generator a few lines long, so a Python script can reproduce
/// the sample and the folds exactly, which <see cref="Random"/> does not promise across .NET versions.</summary>
internal sealed class SplitMix64(int seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong Next()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>0..count−1 shuffled by Fisher–Yates from the top: position i swaps with Next() mod (i + 1).</summary>
    public int[] Permutation(int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        for (var i = count - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>The fold of each row: the row at position p of a <see cref="Permutation"/> goes to fold p mod folds.</summary>
    public int[] Folds(int rows, int folds)
    {
        var order = Permutation(rows);
        var fold = new int[rows];
        for (var p = 0; p < rows; p++)
            fold[order[p]] = p % folds;
        return fold;
    }
}
