using Sitrep.Documents;
using Sitrep.Places;

namespace Sitrep.Places.Tests;

/// <summary>One resolver over the committed region data (never the installed world file), shared by the tests.</summary>
public static class Shared
{
    static readonly Lazy<PlaceResolver> _resolver = new(() => new PlaceResolver(Gazetteer.LoadRegion(), FacilityRegistry.LoadDefault()));

    public static PlaceResolver Resolver => _resolver.Value;

    public static IReadOnlyList<Toponym> Toponyms(string text)
    {
        var doc = new Document(new Article("t", text));
        Resolver.Process(doc);
        return doc.Toponyms;
    }

    /// <summary>A GeoNames file of invented villages in Syria with the given names, for rules that need a name the region lacks.</summary>
    public static string InventedGeoNames(params string[] names)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-places-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, names.Select((name, k) => $"{9000001 + k}\t{name}\t{name}\t\t35.5\t39.5\tP\tPPL\tSY\t\t04\t\t\t\t1200\t\t300\tAsia/Damascus\t2020-01-01"));
        return path;
    }

    public static Toponym Single(string text, string words)
    {
        var found = Toponyms(text).Where(t => text.Substring(t.Span.Start, t.Span.Length).Contains(words)).ToList();
        Assert.True(found.Count == 1, $"expected one toponym covering '{words}', found: {string.Join("; ", Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)))}");
        return found[0];
    }
}
