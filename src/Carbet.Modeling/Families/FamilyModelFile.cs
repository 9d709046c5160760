using System.IO.Compression;

using Carbet.Modeling.Neural;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Families;

/// <summary>Saves and loads a fitted family pipeline as an ML.NET model zip, with a perceptron's weights as an extra entry.</summary>
/// <remarks>ML.NET cannot save arbitrary state of a custom transformer, so <see cref="MlpTransformer"/> saves as a custom mapping
/// and its weights go to <see cref="NetworkEntry"/>; ML.NET ignores that entry. Files without a perceptron are plain ML.NET models.</remarks>
public static class FamilyModelFile
{
    /// <summary>The zip entry holding <see cref="MlpNetwork.ToBytes"/>.</summary>
    public const string NetworkEntry = "Carbet/mlp-network.bin";

    /// <summary>The zip bytes of <paramref name="model"/> fitted on rows of <paramref name="inputSchema"/>.</summary>
    public static byte[] Save(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(ml);
        using var file = new MemoryStream();
        ml.Model.Save(model, inputSchema, file);
        if (Find<MlpTransformer>(model) is { } mlp)
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true);
            using var entry = zip.CreateEntry(NetworkEntry, CompressionLevel.Optimal).Open();
            entry.Write(mlp.Network.ToBytes());
        }
        return file.ToArray();
    }

    /// <summary>The model in <paramref name="modelFile"/> and the schema of the rows it reads.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a model file.</exception>
    public static ITransformer Load(MLContext ml, byte[] modelFile, out DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var network = ReadNetwork(modelFile);
        if (network is not null)
            ml.ComponentCatalog.RegisterAssembly(typeof(MlpMapping).Assembly);
        MlpMapping.Loading = network;
        try
        {
            return ml.Model.Load(new MemoryStream(modelFile, writable: false), out inputSchema);
        }
        finally
        {
            MlpMapping.Loading = null;
        }
    }

    /// <summary>The perceptron weights saved in <paramref name="modelFile"/>, or null when it holds none.</summary>
    public static MlpNetwork? ReadNetwork(byte[] modelFile)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        using var zip = new ZipArchive(new MemoryStream(modelFile, writable: false), ZipArchiveMode.Read);
        if (zip.GetEntry(NetworkEntry) is not { } entry)
            return null;
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return MlpNetwork.FromBytes(bytes.ToArray());
    }

    /// <summary>The last transformer of type <typeparamref name="T"/> in <paramref name="model"/>, looking inside chains.</summary>
    internal static T? Find<T>(ITransformer model) where T : class, ITransformer => model switch
    {
        T found => found,
        TransformerChain<ITransformer> chain => chain.Reverse().Select(Find<T>).FirstOrDefault(t => t is not null),
        _ => null,
    };
}
