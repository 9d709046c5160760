using System.IO.Hashing;

namespace Carbet.Modeling.Curves;

/// <summary>The checksum of TFRecord framing: CRC-32C (Castagnoli), rotated and offset ("masked").</summary>
/// <remarks>TensorFlow masks the CRC because a CRC of data that itself holds CRCs is weak.</remarks>
public static class TfRecordChecksum
{
    private const uint MaskDelta = 0xa282ead8;

    /// <summary>The CRC-32C of <paramref name="data"/>; <c>"123456789"</c> gives <c>0xE3069283</c>.</summary>
    public static uint Crc32C(ReadOnlySpan<byte> data) => Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, data);

    /// <summary>Rotates <paramref name="crc"/> right by 15 bits and adds the mask delta, with wrap-around.</summary>
    public static uint Mask(uint crc) => unchecked(((crc >> 15) | (crc << 17)) + MaskDelta);

    /// <summary>The masked CRC-32C that TFRecord framing writes after the length and after the payload.</summary>
    public static uint MaskedCrc32C(ReadOnlySpan<byte> data) => Mask(Crc32C(data));
}
