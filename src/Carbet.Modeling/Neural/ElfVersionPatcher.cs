using System.Buffers.Binary;
using System.Text;

namespace Carbet.Modeling.Neural;

/// <summary>Marks a symbol-version requirement of an ELF64 shared library as weak, so the dynamic loader
/// accepts a system library that lacks that version.</summary>
/// <remarks>Only safe when no symbol is bound to that version; for <c>GLIBCXX_3.4.32</c> in libLibTorchSharp the only one
/// is <c>std::ios_base_library_init</c>, which nothing relocates against. Parses the section headers and the
/// <c>.gnu.version_r</c> entries (Elf64_Verneed, Elf64_Vernaux) of a little-endian file; never writes elsewhere.</remarks>
public static class ElfVersionPatcher
{
    /// <summary>The <c>vna_flags</c> bit of a weak version requirement.</summary>
    public const ushort WeakFlag = 0x2;

    private const uint SectionVersionNeeds = 0x6ffffffe; // SHT_GNU_verneed

    /// <summary>Sets the weak flag on every requirement of <paramref name="version"/> in <paramref name="elf"/>.</summary>
    /// <returns>How many requirements name that version (already weak ones included); 0 when none does.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a little-endian ELF64 file or its tables run past the end.</exception>
    public static int MarkWeak(Span<byte> elf, string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var found = 0;
        foreach (var flagsAt in FlagOffsets(elf, version))
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(elf[flagsAt..]);
            BinaryPrimitives.WriteUInt16LittleEndian(elf[flagsAt..], (ushort)(flags | WeakFlag));
            found++;
        }
        return found;
    }

    /// <summary>Whether every requirement of <paramref name="version"/> is weak; false when there is none.</summary>
    public static bool IsWeak(ReadOnlySpan<byte> elf, string version)
    {
        var offsets = FlagOffsets(elf, version);
        foreach (var at in offsets)
        {
            if ((BinaryPrimitives.ReadUInt16LittleEndian(elf[at..]) & WeakFlag) == 0)
                return false;
        }
        return offsets.Count > 0;
    }

    /// <summary>Whether <paramref name="elf"/> requires <paramref name="version"/> at all.</summary>
    public static bool Requires(ReadOnlySpan<byte> elf, string version) => FlagOffsets(elf, version).Count > 0;

    private static List<int> FlagOffsets(ReadOnlySpan<byte> elf, string version)
    {
        if (elf.Length < 64 || !elf[..4].SequenceEqual((ReadOnlySpan<byte>)[0x7f, (byte)'E', (byte)'L', (byte)'F']) || elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("Not a little-endian ELF64 file.");
        var sectionsAt = Offset(elf, 0x28, 8);
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        var wanted = Encoding.ASCII.GetBytes(version);
        var offsets = new List<int>();
        for (var s = 0; s < count; s++)
        {
            var header = Slice(elf, sectionsAt + (s * entrySize), 64);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != SectionVersionNeeds)
                continue;
            var tableAt = Offset(header, 0x18, 8);
            var tableEnd = tableAt + Offset(header, 0x20, 8);
            var strings = Slice(elf, sectionsAt + ((int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]) * entrySize), 64);
            var (stringsAt, stringsSize) = (Offset(strings, 0x18, 8), Offset(strings, 0x20, 8));
            var needs = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            var need = tableAt;
            for (var n = 0; n < needs; n++)
            {
                var entry = Slice(elf, need, 16);
                var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]);
                var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]);
                for (var a = 0; a < auxCount; a++)
                {
                    var auxEntry = Slice(elf, aux, 16);
                    if (aux + 16 > tableEnd)
                        throw new InvalidDataException("A version requirement runs past its section.");
                    var nameAt = (int)BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[8..]);
                    if (nameAt < stringsSize && NameIs(Slice(elf, stringsAt, stringsSize)[nameAt..], wanted))
                        offsets.Add(aux + 4);
                    aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(auxEntry[12..]);
                }
                need += (int)BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
            }
        }
        return offsets;
    }

    private static bool NameIs(ReadOnlySpan<byte> strings, byte[] wanted) =>
        strings.Length > wanted.Length && strings[..wanted.Length].SequenceEqual(wanted) && strings[wanted.Length] == 0;

    private static int Offset(ReadOnlySpan<byte> bytes, int at, int size)
    {
        var value = size == 8 ? BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
        return value > int.MaxValue ? throw new InvalidDataException("An ELF offset is past 2 GiB.") : (int)value;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> bytes, int at, int length) =>
        at < 0 || length < 0 || at + length > bytes.Length ? throw new InvalidDataException("An ELF table runs past the end of the file.") : bytes.Slice(at, length);
}
