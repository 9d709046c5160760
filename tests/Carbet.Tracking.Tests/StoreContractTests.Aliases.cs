using Carbet.Core;
using Carbet.Tracking.Registry;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    private async Task<string> RegisterModelAsync(int versions)
    {
        var model = UniqueName("credit");
        var run = await StartRunWithModelAsync();
        for (var i = 0; i < versions; i++)
            await Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct);
        return model;
    }

    [Fact]
    public async Task SetAliasAsync_NewThenMoved_ResolvesAndAuditsFromAndTo()
    {
        var model = await RegisterModelAsync(2);

        var created = await Store.Models.SetAliasAsync(model, "champion", 1, "ana", Ct);
        var moved = await Store.Models.SetAliasAsync(model, "champion", 2, "ben", Ct);

        Assert.Equal((null, 1, "ana"), (created.FromVersion, created.ToVersion, created.Actor));
        Assert.Equal((1, 2, "ben"), (moved.FromVersion, moved.ToVersion, moved.Actor));
        Assert.Equal(2, (await Store.Models.ResolveAsync(model, "champion", Ct))?.Version);
        Assert.Equal(["champion"], (await Store.Models.GetVersionAsync(model, 2, Ct))!.Aliases);
        Assert.Empty((await Store.Models.GetVersionAsync(model, 1, Ct))!.Aliases);
        Assert.Equal(2, (await Store.Models.FindAsync(model, Ct))!.Aliases["champion"]);
        var events = await Store.Audit.ListAsync(EfModelRegistry.Subject(model), 10, Ct);
        Assert.Equal(["ben", "ana"], events.Select(e => e.Actor));
        Assert.All(events, e => Assert.Equal("alias.set", e.Action));
        Assert.Contains("\"version\":1", events[0].Before, StringComparison.Ordinal);
        Assert.Contains("\"version\":2", events[0].After, StringComparison.Ordinal);
        Assert.Null(events[1].Before);
    }

    [Fact]
    public async Task RemoveAliasAsync_Existing_RemovesAndAudits()
    {
        var model = await RegisterModelAsync(1);
        await Store.Models.SetAliasAsync(model, "challenger", 1, "ana", Ct);

        var removed = await Store.Models.RemoveAliasAsync(model, "challenger", "ben", Ct);

        Assert.Equal((1, (int?)null), (removed.FromVersion, removed.ToVersion));
        Assert.Null(await Store.Models.ResolveAsync(model, "challenger", Ct));
        var latest = (await Store.Audit.ListAsync(EfModelRegistry.Subject(model), 1, Ct)).Single();
        Assert.Equal(("alias.remove", "ben", null), (latest.Action, latest.Actor, latest.After));
    }

    [Theory]
    [InlineData("Champion")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("x/y")]
    [InlineData("été")]
    public async Task SetAliasAsync_InvalidName_ThrowsUserError(string alias)
    {
        var model = await RegisterModelAsync(1);

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.SetAliasAsync(model, alias, 1, "ana", Ct));
    }

    [Fact]
    public async Task SetAliasAsync_UnknownModelOrVersion_ThrowsUserError()
    {
        var model = await RegisterModelAsync(1);

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.SetAliasAsync("no-such-model", "champion", 1, "ana", Ct));
        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.SetAliasAsync(model, "champion", 3, "ana", Ct));

        Assert.Contains("3", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.Audit.ListAsync(EfModelRegistry.Subject(model), 10, Ct));
    }

    [Fact]
    public async Task RemoveAliasAsync_UnknownAlias_ThrowsUserError()
    {
        var model = await RegisterModelAsync(1);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.RemoveAliasAsync(model, "champion", "ana", Ct));

        Assert.Contains("champion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_UnknownModelOrAlias_ReturnsNull()
    {
        var model = await RegisterModelAsync(1);

        Assert.Null(await Store.Models.ResolveAsync(model, "champion", Ct));
        Assert.Null(await Store.Models.ResolveAsync("no-such-model", "champion", Ct));
    }

    [Fact]
    public async Task DeleteVersionAsync_AliasPointsAtIt_ThrowsNamingAliasesAndFix()
    {
        var model = await RegisterModelAsync(1);
        await Store.Models.SetAliasAsync(model, "champion", 1, "ana", Ct);
        await Store.Models.SetAliasAsync(model, "shadow", 1, "ana", Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.DeleteVersionAsync(model, 1, "ben", Ct));

        Assert.Contains("champion, shadow", error.Message, StringComparison.Ordinal);
        Assert.Contains($"carbet models alias remove {model} champion", error.Fix, StringComparison.Ordinal);
        Assert.NotNull(await Store.Models.GetVersionAsync(model, 1, Ct));
    }

    [Fact]
    public async Task DeleteVersionAsync_NoAlias_HidesVersionAuditsAndNeverReusesNumber()
    {
        var model = await RegisterModelAsync(2);

        await Store.Models.DeleteVersionAsync(model, 2, "ben", Ct);

        Assert.Null(await Store.Models.GetVersionAsync(model, 2, Ct));
        Assert.Equal([1], (await Store.Models.ListVersionsAsync(model, Ct)).Select(v => v.Version));
        var deleted = (await Store.Audit.ListAsync(EfModelRegistry.Subject(model), 10, Ct)).Single();
        Assert.Equal(("version.delete", "ben"), (deleted.Action, deleted.Actor));
        var run = await StartRunWithModelAsync();
        Assert.Equal(3, (await Store.Models.RegisterVersionAsync(NewVersion(model, run), Ct)).Version);
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.DeleteVersionAsync(model, 2, "ben", Ct));
    }

    [Fact]
    public async Task SetAliasAsync_DeletedVersion_ThrowsUserError()
    {
        var model = await RegisterModelAsync(2);
        await Store.Models.DeleteVersionAsync(model, 1, "ben", Ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Models.SetAliasAsync(model, "champion", 1, "ana", Ct));

        Assert.Contains("deleted", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.Models.ResolveAsync(model, "champion", Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task ListAsync_TakeOutOfRange_ThrowsUserError(int take)
    {
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Audit.ListAsync(null, take, Ct));
    }
}
