using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Tasks;

/// <summary>The model families Carbet can train for multiclass and regression tasks, by task and name.</summary>
public static class TaskFamilies
{
    /// <summary>The multiclass families, baseline last.</summary>
    public static ImmutableArray<ITaskFamily> Multiclass { get; } =
        [new MulticlassLogisticFamily(), new MulticlassLightGbmFamily(), new MulticlassForestFamily(), new MulticlassSdcaFamily(), new MulticlassBaselineFamily()];

    /// <summary>The regression families, baseline last.</summary>
    public static ImmutableArray<ITaskFamily> Regression { get; } =
        [new RegressionLightGbmFamily(), new RegressionFastTreeFamily(), new RegressionForestFamily(), new RegressionSdcaFamily(), new RegressionBaselineFamily()];

    /// <summary>Every family of <paramref name="task"/>; binary families are in <see cref="Families.ModelFamilies"/>.</summary>
    public static ImmutableArray<ITaskFamily> For(TaskKind task) => task switch
    {
        TaskKind.Multiclass => Multiclass,
        TaskKind.Regression => Regression,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Binary families are in ModelFamilies."),
    };

    /// <summary>The family of <paramref name="task"/> called <paramref name="name"/>; a user error naming the families when there is none.</summary>
    public static ITaskFamily Get(TaskKind task, string name) =>
        For(task).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserErrorException($"'{name}' is not a {task.ToString().ToLowerInvariant()} model family.",
            $"Use one of: {string.Join(", ", For(task).Select(f => f.Name))}.");
}
