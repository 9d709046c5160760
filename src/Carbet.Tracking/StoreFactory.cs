namespace Carbet.Tracking;

/// <summary>Opens the store an options record points at, creating or upgrading its schema.</summary>
public static class StoreFactory
{
    /// <summary>Opens (and migrates) the store; a bad location is a <see cref="Core.UserErrorException"/>.</summary>
    public static Task<IStore> OpenAsync(StoreOptions options, CancellationToken ct) =>
        throw new NotImplementedException();
}
