using System.Numerics;

namespace Carbet.Evaluation.Fairness;

/// <summary>xoshiro256** seeded through splitmix64: a fixed published algorithm, so a seed gives the same stream on every runtime,
/// which <see cref="Random"/> does not promise.</summary>
internal struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A draw in [0, <paramref name="bound"/>).</summary>
    // Lemire's multiply-shift on the top 32 bits: no division, and a bias below bound / 2^32, far under bootstrap noise.
    public int NextInt(int bound) => (int)(((Next() >> 32) * (ulong)bound) >> 32);

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
