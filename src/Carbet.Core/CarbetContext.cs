using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Carbet.Core;

/// <summary>The seed and the clock of one piece of work; every random stream and timestamp comes from here.</summary>
/// <remarks>Named streams keep results stable when code is reordered: a new consumer of randomness
/// asks for its own stream instead of shifting the draws of the others.</remarks>
public sealed class CarbetContext(int seed, TimeProvider time)
{
    /// <summary>The default seed, recorded with every run that does not set one.</summary>
    public const int DefaultSeed = 20240101;

    /// <summary>Creates a context on the system clock.</summary>
    public CarbetContext(int seed = DefaultSeed) : this(seed, TimeProvider.System) { }

    /// <summary>The seed every stream derives from.</summary>
    public int Seed { get; } = seed;

    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The current time of <see cref="Time"/>.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

#pragma warning disable RS0030 // the one place allowed to construct Random
    /// <summary>A random source for one named stream of this seed.</summary>
    public Random CreateRandom(string stream) => new(SeedFor(stream));
#pragma warning restore RS0030

    /// <summary>A stable 32-bit seed for a named stream, for libraries that take an integer seed.</summary>
    // string.GetHashCode differs between processes; SHA-256 keeps sub-seeds stable.
    public int SeedFor(string stream) =>
        BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{Seed}/{stream}")));
}
