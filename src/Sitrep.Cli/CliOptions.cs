using System.Globalization;

namespace Sitrep.Cli;

/// <summary>Option parsing and output handling shared by the commands.</summary>
public static class CliOptions
{
    /// <summary>An ISO day option, or null when absent.</summary>
    public static DateOnly? Date(CommandLine args, string name) =>
        args.Option(name) is not { } value ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UsageException($"--{name} must be a date like 2022-01-21, not '{value}'.");

    /// <summary>A file or folder argument; an empty one (a shell variable that was not set) is a usage error.</summary>
    public static string PathArgument(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{what} is empty; give a file or folder.") : value;

    /// <summary>Writes to <paramref name="outPath"/> (complete or not at all) or to standard output.</summary>
    /// <remarks>The file is written beside its destination and moved into place, so an interrupted run never leaves half a file.</remarks>
    public static void WriteOutput(string? outPath, TextWriter stdout, Action<TextWriter> write)
    {
        if (outPath is null) { write(stdout); return; }
        var full = Path.GetFullPath(PathArgument(outPath, "--out"));
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new SitrepException($"{outPath}: the folder {dir} does not exist.");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
                write(writer);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException($"{outPath}: cannot write ({e.Message}).", e);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
