namespace Carbet.Data.Profiling;

/// <summary>Picks the k most frequent of many candidates without sorting them all.</summary>
internal static class TopValues
{
    /// <summary>The indices of the k candidates with the highest counts, ties broken by <paramref name="valueOrder"/>, best first.</summary>
    public static int[] Select(int candidates, int k, Func<int, long> count, Comparison<int> valueOrder)
    {
        int Better(int a, int b)
        {
            var byCount = count(b).CompareTo(count(a));
            return byCount != 0 ? byCount : valueOrder(a, b);
        }
        if (k <= 0)
            return [];
        var worstFirst = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => Better(b, a)));
        for (var i = 0; i < candidates; i++)
        {
            if (count(i) == 0)
                continue;
            if (worstFirst.Count < k)
                worstFirst.Enqueue(i, i);
            else if (Better(i, worstFirst.Peek()) < 0)
                worstFirst.DequeueEnqueue(i, i);
        }
        var result = worstFirst.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(result, Better);
        return result;
    }
}
