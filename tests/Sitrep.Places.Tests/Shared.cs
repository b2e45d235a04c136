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

    public static Toponym Single(string text, string words)
    {
        var found = Toponyms(text).Where(t => text.Substring(t.Span.Start, t.Span.Length).Contains(words)).ToList();
        Assert.True(found.Count == 1, $"expected one toponym covering '{words}', found: {string.Join("; ", Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)))}");
        return found[0];
    }
}
