namespace Sitrep.Places.Internal;

/// <summary>Words never taken as a place on their own (data/gazetteer/not-places.tsv).</summary>
internal static class NotPlaces
{
    /// <summary>Reads a not-places file: one word per line, first column.</summary>
    public static IReadOnlySet<string> Load(string path) => TsvFile.Read(path, 1).Select(l => l.Fields[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The committed list.</summary>
    public static IReadOnlySet<string> LoadDefault() => Load(Path.Combine(Gazetteer.DataFolder, "not-places.tsv"));

    /// <summary>Given names (data/gazetteer/first-names.tsv): the capitalised word after one is a surname, not a place.</summary>
    public static IReadOnlySet<string> LoadFirstNames() => Load(Path.Combine(Gazetteer.DataFolder, "first-names.tsv"));
}
