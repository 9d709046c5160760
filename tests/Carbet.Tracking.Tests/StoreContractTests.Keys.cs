using Carbet.Core;
using Carbet.Tracking.Keys;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Keys_Created_VerifiesOnlyItsExactTextWithItsRole()
    {
        var created = await Store.Keys.CreateAsync("loan-system", ApiKeyRole.Review, "ana", Ct);

        Assert.Matches("^carbet_k[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", created.Secret);
        Assert.StartsWith($"carbet_{created.Key.Id}_", created.Secret, StringComparison.Ordinal);
        var verified = await Store.Keys.VerifyAsync(created.Secret, Ct);
        Assert.Equal((created.Key.Id, "loan-system", ApiKeyRole.Review, "ana", true), (verified?.Id, verified?.Name, verified?.Role, verified?.CreatedBy, verified?.Active));
        var lastChar = created.Secret[^1] == 'A' ? "B" : "A";
        Assert.Null(await Store.Keys.VerifyAsync(created.Secret[..^1] + lastChar, Ct));
        Assert.Null(await Store.Keys.VerifyAsync(created.Secret + "x", Ct));
        Assert.Null(await Store.Keys.VerifyAsync("carbet_k000000000000_" + created.Secret[^43..], Ct));
        Assert.Null(await Store.Keys.VerifyAsync("not a key", Ct));
        Assert.Null(await Store.Keys.VerifyAsync("", Ct));
    }

    [Fact]
    public async Task Keys_Revoked_NoLongerVerifiesAndIsAudited()
    {
        var created = await Store.Keys.CreateAsync("old-batch", ApiKeyRole.Predict, "ana", Ct);

        var revoked = await Store.Keys.RevokeAsync(created.Key.Id, "marc", Ct);
        var again = await Store.Keys.RevokeAsync(created.Key.Id, "marc", Ct);

        Assert.False(revoked.Active);
        Assert.Equal(revoked.RevokedAt, again.RevokedAt);
        Assert.Null(await Store.Keys.VerifyAsync(created.Secret, Ct));
        Assert.Contains(await Store.Keys.ListAsync(Ct), k => k.Id == created.Key.Id && !k.Active);
        var audit = await Store.Audit.ListAsync($"key/{created.Key.Id}", 10, Ct);
        Assert.Equal(["key.revoke", "key.create"], audit.Select(e => e.Action));
        Assert.Equal(("marc", "predict"), (audit[0].Actor, audit[0].Before));
    }

    [Fact]
    public async Task Keys_BadNameOrUnknownId_AreUserErrors()
    {
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Keys.CreateAsync(" ", ApiKeyRole.Admin, "ana", Ct));
        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Keys.RevokeAsync("k000000000000", "ana", Ct));
        Assert.Contains("k000000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_StoreFile_HoldsNoSecret()
    {
        var created = await Store.Keys.CreateAsync("auditor", ApiKeyRole.Admin, "ana", Ct);

        var listed = await Store.Keys.ListAsync(Ct);

        Assert.Contains(listed, k => k.Id == created.Key.Id);
        Assert.DoesNotContain(listed, k => k.ToString().Contains(created.Secret[^43..], StringComparison.Ordinal));
        // on SQLite the whole store is in the working folder: no file there holds the secret
        await Store.DisposeAsync();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(created.Secret[^43..], System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Ct)), StringComparison.Ordinal);
        _store = await StoreFactory.OpenAsync(Options, Ct);
    }
}
