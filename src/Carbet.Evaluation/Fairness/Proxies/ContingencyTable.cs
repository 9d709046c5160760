namespace Carbet.Evaluation.Fairness;

/// <summary>Counts of feature category × group, and the association statistics read off them.</summary>
internal sealed class ContingencyTable
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    private readonly long[] _cells;
    private readonly long[] _categoryTotals;
    private readonly long[] _groupTotals;
    private readonly long _rows;

    public ContingencyTable(FeatureCategories categories, int[] groups, int groupCount)
    {
        (_categoryTotals, _groupTotals) = (new long[categories.Count], new long[groupCount]);
        _cells = new long[categories.Count * groupCount];
        for (var i = 0; i < groups.Length; i++)
        {
            _cells[(categories.Codes[i] * groupCount) + groups[i]]++;
            _categoryTotals[categories.Codes[i]]++;
            _groupTotals[groups[i]]++;
        }
        _rows = groups.Length;
    }

    /// <summary>sqrt(χ² / (n (min(r, c) − 1))) as scipy's association(method="cramer"); 0 when the feature has one category.</summary>
    public double CramersV()
    {
        var smaller = Math.Min(_categoryTotals.Length, _groupTotals.Length) - 1;
        if (smaller == 0)
            return 0;
        var chi2 = 0.0;
        for (var c = 0; c < _categoryTotals.Length; c++)
        {
            for (var g = 0; g < _groupTotals.Length; g++)
            {
                var expected = (double)_categoryTotals[c] * _groupTotals[g] / _rows;
                var difference = _cells[(c * _groupTotals.Length) + g] - expected;
                chi2 += difference * difference / expected;
            }
        }
        return Math.Sqrt(chi2 / _rows / smaller);
    }

    /// <summary>Mutual information in nats, term by term as scikit-learn's mutual_info_score writes it.</summary>
    public double MutualInformation()
    {
        if (_categoryTotals.Length == 1 || _groupTotals.Length == 1)
            return 0;
        var (n, logN) = ((double)_rows, Math.Log(_rows));
        var sum = 0.0;
        for (var c = 0; c < _categoryTotals.Length; c++)
        {
            for (var g = 0; g < _groupTotals.Length; g++)
            {
                var cell = _cells[(c * _groupTotals.Length) + g];
                if (cell == 0)
                    continue;
                var share = cell / n;
                var logOuter = -Math.Log((double)(_categoryTotals[c] * _groupTotals[g])) + logN + logN;
                var term = (share * (Math.Log(cell) - logN)) + (share * logOuter);
                // scikit-learn zeroes terms below numpy's float64 epsilon before summing
                sum += Math.Abs(term) < MachineEpsilon ? 0 : term;
            }
        }
        return Math.Max(sum, 0);
    }

    /// <summary>Mutual information over the mean of both entropies, as normalized_mutual_info_score(average_method='arithmetic').</summary>
    public double NormalizedMutualInformation(double mutualInformation) =>
        mutualInformation == 0 ? 0 : mutualInformation / ((Entropy(_categoryTotals) + Entropy(_groupTotals)) / 2);

    private double Entropy(long[] totals)
    {
        var logN = Math.Log(_rows);
        return -totals.Sum(t => t / (double)_rows * (Math.Log(t) - logN));
    }
}
