using System.Globalization;

namespace Sitrep.Places.Internal;

/// <summary>Reads tab-separated data files line by line, failing with the file and line named.</summary>
internal static class TsvFile
{
    /// <summary>The data lines of a file (no '#' comments, no blank lines) with their 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int columns)
    {
        foreach (var (line, text) in Lines(path))
        {
            var fields = text.Split('\t');
            if (fields.Length < columns) throw TooFewColumns(path, line, columns, fields.Length);
            yield return (line, fields);
        }
    }

    /// <summary>The data lines of a file (no '#' comments, no blank lines) unsplit, with their 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string path)
    {
        if (!File.Exists(path))
            throw new SitrepException($"Data file '{path}' is missing; rebuild Sitrep so the data folder is copied next to it.");
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            yield return (line, text);
        }
    }

    /// <summary>The error for a line with fewer columns than the file's format has.</summary>
    public static SitrepException TooFewColumns(string path, int line, int columns, int found) =>
        new($"{path}:{line}: expected {columns} tab-separated columns, found {found}; the file is corrupt or truncated.");

    /// <summary>A decimal number field, or a <see cref="SitrepException"/> naming where it is.</summary>
    public static double Number(ReadOnlySpan<char> field, string path, int line, string column) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new SitrepException($"{path}:{line}: column '{column}' should be a number, found '{field}'; the file is corrupt or truncated.");

    /// <summary>A coordinate pair checked for range.</summary>
    public static (double Lat, double Lon) Point(ReadOnlySpan<char> lat, ReadOnlySpan<char> lon, string path, int line)
    {
        double a = Number(lat, path, line, "lat"), b = Number(lon, path, line, "lon");
        if (a is < -90 or > 90 || b is < -180 or > 180)
            throw new SitrepException($"{path}:{line}: coordinates {a},{b} are out of range; the file is corrupt.");
        return (a, b);
    }

    /// <summary>A comma-separated list field, trimmed, empty items dropped.</summary>
    public static string[] List(string field) => field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
