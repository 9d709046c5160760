using System.Collections.Immutable;

namespace Carbet.Evaluation.Fairness;

/// <summary>The fairness audit of a classifier over the groups of one sensitive attribute.</summary>
/// <param name="Attribute">The sensitive attribute's name.</param>
/// <param name="Groups">Each group's counts, rates, calibration and intervals, in ordinal order of the groups' names.</param>
/// <param name="Disparities">The six between-groups disparities, demographic parity first.</param>
/// <param name="FourFifthsFlag">Whether the demographic parity ratio is below <see cref="FairnessAuditOptions.FourFifths"/>.</param>
/// <param name="Warnings">One sentence per thing that limits what can be concluded: small groups, undefined rates, missing intervals.</param>
public sealed record AttributeAudit(
    string Attribute, ImmutableArray<GroupAudit> Groups, ImmutableArray<Disparity> Disparities, bool FourFifthsFlag, ImmutableArray<string> Warnings);
