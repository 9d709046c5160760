using System.Globalization;

namespace Carbet.Lifecycle.Project;

/// <summary>The optional <c>review:</c> section of carbet.yaml: <c>band: [low, high]</c>, the scores a person looks at before a decision.</summary>
internal static class ProjectReview
{
    public static readonly string[] Keys = ["band"];

    public static ReviewSection? Read(YamlMap? map)
    {
        if (map is null || !map.Has("band"))
            return null;
        var bounds = map.Strings("band");
        var numbers = bounds.Select(b => double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        if (numbers.Count != 2 || numbers.Any(n => !double.IsFinite(n)))
            throw map.Error("band", $"'review.band' is [{string.Join(", ", bounds)}].", "Write two scores between 0 and 1, low first, such as [0.35, 0.65].");
        if (numbers[0] is < 0 or > 1 || numbers[1] is < 0 or > 1 || numbers[0] > numbers[1])
            throw map.Error("band", $"'review.band' is [{string.Join(", ", bounds)}], which is not a range of scores.", "Write two scores between 0 and 1, low first, such as [0.35, 0.65].");
        return new ReviewSection(numbers[0], numbers[1]);
    }
}
