namespace Carbet.Data.Profiling;

/// <summary>One worker's scratch space for sorting a column, so a million-row column does not allocate afresh each time.</summary>
/// <remarks>The lists keep their capacity between columns: a many-valued column has about one run per row, and a
/// fresh list each time left a large-object-heap list per column for the next full collection (over 1 GB at 1M × 70).</remarks>
internal sealed class SortBuffers(int length)
{
    public double[] Values { get; } = new double[length];

    public int[] Rows { get; } = new int[length];

    public List<(int Start, int Length)> Runs { get; } = [];

    public List<(long Positives, long Negatives)> Groups { get; } = [];
}
