namespace Carbet.Modeling.Families;

/// <summary>An earlier model to continue from: its id for the record, its family, saved file and hyperparameters.</summary>
/// <param name="ParentId">The parent's identifier as the lifecycle records it (a run or model version id).</param>
/// <param name="Family">The parent's family name; transfer stays within one family.</param>
/// <param name="ModelFile">The parent's model zip, as <see cref="FamilyModelFile.Save"/> wrote it.</param>
/// <param name="Parameters">The hyperparameters the parent was fitted with.</param>
public sealed record TransferSource(string ParentId, string Family, byte[] ModelFile, HyperParameters Parameters);
