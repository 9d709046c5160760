using System.Text.Json;

using Carbet.Core;
using Carbet.Lifecycle.Audit;

namespace Carbet.Lifecycle.Tests.Audit;

[Collection(AuditedDemo.Name)]
public sealed class FairnessDecisionTests(AuditFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_ChoiceWithReason_GoesToTheAuditLogAndOnTheAuditRun()
    {
        var model = fixture.Project.Name;

        var first = await FairnessDecision.RecordAsync(fixture.Store, model, "champion", "sex", "none", "Per-group thresholds would set terms by sex.", "Ana Diallo, risk officer", Ct);
        var second = await FairnessDecision.RecordAsync(fixture.Store, model, "champion", "sex", "equal opportunity thresholds", "Reviewed with legal.", "Ana Diallo, risk officer", Ct);

        var events = await fixture.Store.Audit.ListAsync($"model/{model}", 10, Ct);
        Assert.Contains(events, e => e.Id == second.Id && e.Action == "fairness.decision" && e.Actor == "Ana Diallo, risk officer");
        Assert.Null(first.Before);
        Assert.Equal("none", second.Before);
        using var after = JsonDocument.Parse(second.After!);
        Assert.Equal("Reviewed with legal.", after.RootElement.GetProperty("reason").GetString());
        var run = (await fixture.Store.Runs.GetAsync(after.RootElement.GetProperty("auditRun").GetString()!, Ct))!;
        Assert.Equal("equal opportunity thresholds", run.Tags["decision.sex.option"]);
        Assert.Equal("Reviewed with legal.", run.Tags["decision.sex.reason"]);
    }

    [Theory]
    [InlineData("sex", "none", " ", "has no justification")]
    [InlineData("sex", "fair enough", "because", "is not an option of the audit")]
    [InlineData("religion", "none", "because", "has no finding for 'religion'")]
    public async Task Record_BadDecision_ClearErrorAndNothingRecorded(string attribute, string option, string reason, string message)
    {
        var before = (await fixture.Store.Audit.ListAsync(null, 1000, Ct)).Length;

        var error = await Assert.ThrowsAsync<UserErrorException>(() => FairnessDecision.RecordAsync(fixture.Store, fixture.Project.Name, "champion", attribute, option, reason, "Ana", Ct));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.Store.Audit.ListAsync(null, 1000, Ct)).Length);
    }
}
