namespace Carbet.Evaluation.Classification;

/// <summary>Scores sorted once ascending, with their labels and the runs of tied scores.</summary>
internal sealed class RankedScores
{
    private RankedScores(double[] scores, int[] rows, int[] labels, int[] runStarts)
    {
        Scores = scores;
        Rows = rows;
        Labels = labels;
        RunStarts = runStarts;
    }

    /// <summary>Scores ascending.</summary>
    public double[] Scores { get; }

    /// <summary>The input row of each sorted position.</summary>
    public int[] Rows { get; }

    /// <summary>The label of each sorted position.</summary>
    public int[] Labels { get; }

    /// <summary>Start positions of the runs of equal scores, ascending, followed by the length.</summary>
    public int[] RunStarts { get; }

    public int Runs => RunStarts.Length - 1;

    public static RankedScores Sort(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var keys = scores.ToArray();
        var rows = new int[keys.Length];
        for (var i = 0; i < rows.Length; i++)
            rows[i] = i;
        Array.Sort(keys, rows);
        var sortedLabels = new int[keys.Length];
        var starts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            sortedLabels[i] = labels[rows[i]];
            if (i == 0 || keys[i] != keys[i - 1])
                starts.Add(i);
        }
        starts.Add(keys.Length);
        return new RankedScores(keys, rows, sortedLabels, [.. starts]);
    }

    /// <summary>The number of positives in each run, ascending by score.</summary>
    public int[] PositivesPerRun()
    {
        var counts = new int[Runs];
        for (var r = 0; r < Runs; r++)
        {
            for (var i = RunStarts[r]; i < RunStarts[r + 1]; i++)
                counts[r] += Labels[i];
        }
        return counts;
    }
}
