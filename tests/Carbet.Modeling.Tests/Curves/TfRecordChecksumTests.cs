using System.Text;

using Carbet.Modeling.Curves;

namespace Carbet.Modeling.Tests.Curves;

public sealed class TfRecordChecksumTests
{
    [Fact]
    public void Crc32C_CheckString_IsTheCastagnoliCheckValue() =>
        Assert.Equal(0xE3069283u, TfRecordChecksum.Crc32C(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void Crc32C_ThirtyTwoZeroBytes_IsTheIscsiTestVector() =>
        Assert.Equal(0x8A9136AAu, TfRecordChecksum.Crc32C(new byte[32]));

    [Fact]
    public void Mask_CheckValue_RotatesRightBy15AndAddsTheDelta()
    {
        // (0xE3069283 >> 15 | 0xE3069283 << 17) = 0x2507C60D (mod 2^32); + 0xA282EAD8 = 0xC78AB0E5 (mod 2^32)
        Assert.Equal(0xC78AB0E5u, TfRecordChecksum.Mask(0xE3069283));
        Assert.Equal(0xC78AB0E5u, TfRecordChecksum.MaskedCrc32C(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Mask_Zero_IsTheDelta() => Assert.Equal(0xA282EAD8u, TfRecordChecksum.Mask(0));
}
