using System.Collections.Immutable;

namespace Carbet.Tracking.Registry;

/// <summary>Models, their numbered versions and the aliases (<c>champion</c>, <c>challenger</c>, ...) that point at them.</summary>
/// <remarks>Registering is one transaction: a failure leaves no version behind. Moving an alias is
/// atomic and writes an audit event in the same transaction. A version an alias points at cannot be
/// deleted. Version numbers start at 1 and are never reused.</remarks>
public interface IModelRegistry
{
    /// <summary>Registers the next version of a model from a finished or running run.</summary>
    Task<ModelVersionSnapshot> RegisterVersionAsync(NewModelVersion version, CancellationToken ct);

    /// <summary>Every model, by name.</summary>
    Task<ImmutableArray<ModelSnapshot>> ListAsync(CancellationToken ct);

    /// <summary>The model with this name, or null.</summary>
    Task<ModelSnapshot?> FindAsync(string model, CancellationToken ct);

    /// <summary>The versions of a model, newest first; empty when the model is unknown.</summary>
    Task<ImmutableArray<ModelVersionSnapshot>> ListVersionsAsync(string model, CancellationToken ct);

    /// <summary>One version, or null.</summary>
    Task<ModelVersionSnapshot?> GetVersionAsync(string model, int version, CancellationToken ct);

    /// <summary>The version an alias points at, or null.</summary>
    Task<ModelVersionSnapshot?> ResolveAsync(string model, string alias, CancellationToken ct);

    /// <summary>Points an alias at a version, creating or moving it, with an audit event.</summary>
    Task<AliasChange> SetAliasAsync(string model, string alias, int version, string actor, CancellationToken ct);

    /// <summary>Removes an alias, with an audit event.</summary>
    Task<AliasChange> RemoveAliasAsync(string model, string alias, string actor, CancellationToken ct);

    /// <summary>Deletes a version no alias points at, with an audit event.</summary>
    Task DeleteVersionAsync(string model, int version, string actor, CancellationToken ct);

    /// <summary>Several versions of one model side by side; an unknown version is a user error.</summary>
    Task<ModelComparison> CompareAsync(string model, IReadOnlyList<int> versions, CancellationToken ct);
}
