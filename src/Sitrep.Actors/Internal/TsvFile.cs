namespace Sitrep.Actors.Internal;

/// <summary>A data row: its cells, and where it came from for messages.</summary>
internal sealed record TsvRow(string[] Cells, string Origin);

/// <summary>Reads a tab-separated data file: <c>#</c> comment lines, then a header row naming the columns, then one entry per line.</summary>
internal static class TsvFile
{
    /// <summary>Reads the rows, checking the header and every row's column count; throws <see cref="SitrepException"/> naming file and line.</summary>
    public static List<TsvRow> Read(string path, IReadOnlyList<string> columns)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException($"{path}: cannot read the actor data file ({e.Message}); restore it from the repository.", e);
        }
        var rows = new List<TsvRow>();
        bool headerSeen = false;
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var origin = $"{path}:{n + 1}";
            var cells = line.Split('\t');
            if (!headerSeen)
            {
                if (!cells.SequenceEqual(columns))
                    throw new SitrepException($"{origin}: expected the header row '{string.Join("<TAB>", columns)}', found '{line.Replace("\t", "<TAB>")}'.");
                headerSeen = true;
                continue;
            }
            if (cells.Length != columns.Count)
                throw new SitrepException($"{origin}: expected {columns.Count} tab-separated columns ({string.Join(", ", columns)}), found {cells.Length}.");
            rows.Add(new TsvRow([.. cells.Select(c => c.Trim())], origin));
        }
        if (!headerSeen)
            throw new SitrepException($"{path}: no header row; the first line that is not a # comment must be '{string.Join("<TAB>", columns)}'.");
        return rows;
    }
}
