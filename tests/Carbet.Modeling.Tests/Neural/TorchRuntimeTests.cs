using Carbet.Modeling.Neural;
using Carbet.Testing;

using TorchSharp;

namespace Carbet.Modeling.Tests.Neural;

public sealed class TorchRuntimeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Unavailable_OnThisMachine_IsNullAndTensorsCompute()
    {
        TorchAvailable.Require();
        using var sum = torch.tensor(new float[] { 1, 2, 3 }).sum();
        Assert.Equal(6f, sum.item<float>());
    }

    [Fact]
    public void PatchedCopy_ShippedBridge_MarksTheVersionWeakAndLeavesTheOriginalUntouched()
    {
        var shipped = TorchRuntime.ShippedBridge();
        if (shipped is null)
        {
            Services.Missing("libLibTorchSharp.so is not in the test's output folder.");
            return;
        }
        var before = File.ReadAllBytes(shipped);
        Assert.True(ElfVersionPatcher.Requires(before, TorchRuntime.MissingVersion));
        Assert.False(ElfVersionPatcher.IsWeak(before, TorchRuntime.MissingVersion));

        var copy = TorchRuntime.PatchedCopy(shipped, _folder.Path);

        var patched = File.ReadAllBytes(copy);
        Assert.True(ElfVersionPatcher.IsWeak(patched, TorchRuntime.MissingVersion));
        Assert.False(ElfVersionPatcher.IsWeak(patched, "GLIBCXX_3.4.30"));
        Assert.Equal(before, File.ReadAllBytes(shipped));
        Assert.Equal(before.Length, patched.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != patched[i]).ToList();
        var at = Assert.Single(changed); // the low byte of vna_flags
        Assert.Equal(ElfVersionPatcher.WeakFlag, patched[at] ^ before[at]);
    }

    [Fact]
    public void MarkWeak_NotElf_Throws()
    {
        Assert.Throws<InvalidDataException>(() => ElfVersionPatcher.MarkWeak(new byte[128], "GLIBCXX_3.4.32"));
    }
}
