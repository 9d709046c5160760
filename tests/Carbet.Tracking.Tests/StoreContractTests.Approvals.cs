using Carbet.Core;
using Carbet.Tracking.Datasets;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ApproveAsync_TwoRoles_KeepsBothInOrderWithAuditEvents()
    {
        var dataset = UniqueName("approved");
        var version = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash('d'), Signature, 100), Ct);

        var sponsor = await Store.Datasets.ApproveAsync(version.Id, "Sponsor", "Ana Diallo", "fits the need", Ct);
        var legal = await Store.Datasets.ApproveAsync(version.Id, "legal", "Marc Ho", null, Ct);

        Assert.Equal(("sponsor", "Ana Diallo", "fits the need"), (sponsor.Role, sponsor.By, sponsor.Note));
        var approvals = await Store.Datasets.ListApprovalsAsync(version.Id, Ct);
        Assert.Equal(["sponsor", "legal"], approvals.Select(a => a.Role));
        var audit = await Store.Audit.ListAsync($"dataset/{dataset}", 10, Ct);
        Assert.Equal(2, audit.Count(e => e.Action == "dataset.approve"));
        Assert.Contains(audit, e => e.Actor == "Marc Ho" && e.After!.Contains("legal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApproveAsync_UnknownVersion_IsAUserErrorAndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Datasets.ApproveAsync("0123456789abcdef0123456789abcdef", "dpo", "Ana", null, Ct));
        Assert.Contains("0123456789abcdef0123456789abcdef", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.Datasets.ListApprovalsAsync("0123456789abcdef0123456789abcdef", Ct));
    }

    [Fact]
    public async Task ApproveAsync_EmptyApprover_IsAUserError()
    {
        var version = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(UniqueName("approved"), Hash('e'), Signature, 1), Ct);
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Datasets.ApproveAsync(version.Id, "dpo", " ", null, Ct));
    }
}
