namespace Carbet.Modeling.Onnx;

/// <summary>The outcome of exporting a model to ONNX and checking it against ML.NET on held-out rows.</summary>
/// <param name="Model">The ONNX graph, or null when export or the check failed.</param>
/// <param name="Status"><c>exported</c>, or <c>unsupported: </c> followed by the reason.</param>
/// <param name="MaxAbsDifference">The largest difference in probability between ONNX Runtime and ML.NET over the rows; null when not scored.</param>
/// <param name="Rows">The rows compared.</param>
public sealed record OnnxExport(byte[]? Model, string Status, double? MaxAbsDifference, int Rows)
{
    /// <summary>Whether <see cref="Model"/> holds a checked graph.</summary>
    public bool Exported => Model is not null;
}
