namespace Sitrep.Text.Internal;

/// <summary>One data line of a lexicon file: its cells and where it came from, for messages.</summary>
internal sealed record LexiconRow(string[] Cells, string Origin);

/// <summary>Reads the tab-separated lexicons under data/lexicons.</summary>
/// <remarks>Lines starting with # are comments; every other non-empty line must have exactly the expected number of cells.</remarks>
internal static class Lexicon
{
    /// <summary>The folder the lexicons ship in, next to the program.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "data", "lexicons");

    /// <summary>Reads <paramref name="fileName"/> from <see cref="Folder"/>; throws <see cref="SitrepException"/> naming file and line on any problem.</summary>
    public static IReadOnlyList<LexiconRow> Read(string fileName, int columns) => ReadFile(Path.Combine(Folder, fileName), columns);

    /// <summary>Reads a lexicon file at <paramref name="path"/>; throws <see cref="SitrepException"/> naming file and line on any problem.</summary>
    public static IReadOnlyList<LexiconRow> ReadFile(string path, int columns)
    {
        if (!File.Exists(path))
            throw new SitrepException($"{path}: lexicon file is missing; it ships as data/lexicons/{Path.GetFileName(path)} next to the program.");
        var rows = new List<LexiconRow>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            var origin = $"{path}:{lineNo}";
            if (cells.Length != columns)
                throw new SitrepException($"{origin}: expected {columns} tab-separated cells, found {cells.Length}; see the # header for the columns.");
            if (cells.Any(c => c.Trim().Length == 0 && c.Length > 0))
                throw new SitrepException($"{origin}: a cell holds only spaces; leave it empty or fill it.");
            rows.Add(new LexiconRow(cells.Select(c => c.Trim()).ToArray(), origin));
        }
        if (rows.Count == 0) throw new SitrepException($"{path}: lexicon file has no entries.");
        return rows;
    }

    /// <summary>Parses an enum cell such as <c>detained_population</c>; throws <see cref="SitrepException"/> naming the line when unknown.</summary>
    public static T ParseEnum<T>(string cell, LexiconRow row) where T : struct, Enum =>
        Enum.TryParse<T>(cell.Replace("_", ""), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new SitrepException($"{row.Origin}: unknown value '{cell}'; use one of {string.Join(", ", Enum.GetNames<T>())}.");
}
