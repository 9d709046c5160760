namespace Carbet.Data.Profiling;

/// <summary>One worker's scratch arrays for sorting a column, so a million-row column does not allocate afresh each time.</summary>
internal sealed class SortBuffers(int length)
{
    public double[] Values { get; } = new double[length];

    public int[] Rows { get; } = new int[length];
}
