using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

using TorchSharp;

namespace Carbet.Modeling.Neural;

/// <summary>Loads libtorch once per process, patching a copy of TorchSharp's native bridge where the system C++ library is too old.</summary>
/// <remarks>libLibTorchSharp.so 0.107 asks for <c>GLIBCXX_3.4.32</c> (GCC 13), which Debian 12 lacks. When loading it as shipped
/// fails, a copy goes to a per-user cache folder with that requirement marked weak (<see cref="ElfVersionPatcher"/>), libtorch's
/// own libraries are loaded from the app's folder so the copy finds them by soname, and TorchSharp's imports resolve to the copy.
/// The shipped file and the NuGet cache are never written. Any failure leaves <see cref="Unavailable"/> set instead of throwing.</remarks>
public static class TorchRuntime
{
    /// <summary>The version the shipped bridge requires and older distributions lack.</summary>
    public const string MissingVersion = "GLIBCXX_3.4.32";

    private const string Bridge = "libLibTorchSharp.so";
    private static readonly Lazy<string?> Load = new(TryLoad, LazyThreadSafetyMode.ExecutionAndPublication);
    private static IntPtr _bridge;

    /// <summary>Why libtorch cannot be used in this process, or null when it loaded.</summary>
    public static string? Unavailable => Load.Value;

    /// <summary>Whether libtorch loaded, so the neural family can train.</summary>
    public static bool IsAvailable => Unavailable is null;

    /// <summary>The native folders of this app holding TorchSharp's and libtorch's libraries, best first.</summary>
    internal static IEnumerable<string> NativeFolders()
    {
        var probes = (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var assembly = Path.GetDirectoryName(typeof(torch).Assembly.Location) ?? AppContext.BaseDirectory;
        return probes.Append(Path.Combine(assembly, "runtimes", "linux-x64", "native")).Append(assembly)
            .Append(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native")).Append(AppContext.BaseDirectory)
            .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The shipped bridge library, or null when this app has none.</summary>
    internal static string? ShippedBridge() => NativeFolders().Select(f => Path.Combine(f, Bridge)).FirstOrDefault(File.Exists);

    /// <summary>Copies <paramref name="shipped"/> into <paramref name="folder"/> with <see cref="MissingVersion"/> marked weak, unless
    /// a copy of the same file is there already; returns the copy's path.</summary>
    internal static string PatchedCopy(string shipped, string folder)
    {
        var bytes = File.ReadAllBytes(shipped);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var target = Path.Combine(folder, hash, Bridge);
        if (File.Exists(target))
            return target;
        if (ElfVersionPatcher.MarkWeak(bytes, MissingVersion) == 0)
            throw new InvalidDataException($"{shipped} does not require {MissingVersion}.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, target, overwrite: true); // atomic, so a concurrent process never loads half a file
        return target;
    }

    /// <summary>The per-user folder for patched copies: <c>$XDG_CACHE_HOME/carbet/torch</c>, else <c>~/.cache/carbet/torch</c>.</summary>
    internal static string CacheFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "carbet", "torch");
    }

    private static string? TryLoad()
    {
        try
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
                return Initialise(); // elsewhere TorchSharp's own loader finds its libraries
            var shipped = ShippedBridge();
            if (shipped is null)
                return $"{Bridge} is not among this app's native libraries; the TorchSharp package was not restored with it.";
            var folder = Path.GetDirectoryName(shipped)!;
            // libtorch first, by full path, so the bridge (shipped or copied) finds them already loaded by soname
            foreach (var library in new[] { "libc10.so", "libtorch_cpu.so", "libtorch.so" })
            {
                var path = NativeFolders().Select(f => Path.Combine(f, library)).FirstOrDefault(File.Exists);
                if (path is null)
                    return $"{library} is not among this app's native libraries; reference the libtorch-cpu-linux-x64 package.";
                NativeLibrary.Load(path);
            }
            if (!NativeLibrary.TryLoad(shipped, out _bridge))
            {
                var copy = PatchedCopy(shipped, CacheFolder());
                _bridge = NativeLibrary.Load(copy);
            }
            NativeLibrary.SetDllImportResolver(typeof(torch).Assembly, Resolve);
            return Initialise();
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException or IOException or UnauthorizedAccessException
            or InvalidDataException or InvalidOperationException or NotSupportedException or TypeInitializationException or EntryPointNotFoundException)
        {
            return $"libtorch could not be loaded: {e.Message.Split('\n')[0].Trim()}";
        }
    }

    private static string? Initialise()
    {
        torch.InitializeDeviceType(DeviceType.CPU);
        using var probe = torch.ones(2).sum();
        return probe.item<float>() == 2f ? null : "libtorch loaded but computed 1 + 1 wrongly.";
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path) =>
        name is "LibTorchSharp" or Bridge ? _bridge : IntPtr.Zero;
}
