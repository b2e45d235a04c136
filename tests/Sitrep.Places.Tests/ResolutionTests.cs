using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Places.Tests;

/// <summary>Choosing between places of one name by the article's other names, over a small invented gazetteer.</summary>
public class ResolutionTests
{
    // Fairview and Millbrook are towns in both Tennessee and Texas; only in Tennessee do they lie near each other.
    // Jordan is also a small town in Minnesota, next to Belle Plaine. Indiana is also a town in Pennsylvania.
    static readonly (long Id, string Name, double Lat, double Lon, string Admin1, long Population)[] Towns =
    [
        (9100001, "Fairview", 35.98, -87.12, "TN", 9000),
        (9100002, "Millbrook", 36.05, -87.20, "TN", 3000),
        (9100003, "Fairview", 33.15, -96.63, "TX", 40000),
        (9100004, "Millbrook", 30.10, -101.50, "TX", 20000),
        (9100005, "Jordan", 44.67, -93.63, "MN", 6000),
        (9100006, "Belle Plaine", 44.62, -93.77, "MN", 7000),
        (9100007, "Minneapolis", 44.98, -93.26, "MN", 400000),
        (9100008, "Indiana", 40.62, -79.15, "PA", 13000),
        (9100009, "Franklin", 39.48, -86.05, "IN", 25000),
        (9100010, "Franklin", 41.40, -79.83, "PA", 60000),
        (9100011, "Indianapolis", 39.77, -86.16, "IN", 850000),
    ];

    static readonly Lazy<PlaceResolver> Resolver = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-resolution-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, Towns.Select(t => FormattableString.Invariant(
            $"{t.Id}\t{t.Name}\t{t.Name}\t\t{t.Lat}\t{t.Lon}\tP\tPPL\tUS\t\t{t.Admin1}\t\t\t\t{t.Population}\t\t100\tAmerica/Chicago\t2020-01-01")));
        var data = Gazetteer.DataFolder;
        var g = Gazetteer.Load([path], admin1: Path.Combine(data, "admin1.tsv"), countries: Path.Combine(data, "countries.tsv"));
        return new PlaceResolver(g, FacilityRegistry.LoadDefault());
    });

    static Place Resolve(string text, string name)
    {
        var doc = new Document(new Article("t", text));
        Resolver.Value.Process(doc);
        return doc.Toponyms.Single(t => doc.Text.Substring(t.Span.Start, t.Span.Length) == name).Place!;
    }

    [Fact]
    public void Two_names_that_can_lie_near_each_other_resolve_there()
    {
        var text = "The Fairview council met Millbrook officials about the bridge.";
        Assert.Equal("Tennessee", Resolve(text, "Fairview").Admin1);
        Assert.Equal("Tennessee", Resolve(text, "Millbrook").Admin1);
    }

    [Fact]
    public void A_town_named_after_a_country_needs_a_name_near_it()
    {
        var country = Resolve("Minneapolis grain traders said sales to Jordan fell.", "Jordan");
        Assert.Equal(("JO", PlacePrecision.Country), (country.Country, country.Precision));
        var town = Resolve("A Belle Plaine man was hurt in a crash in Jordan on Friday.", "Jordan");
        Assert.Equal(("US", "Minnesota"), (town.Country, town.Admin1));
    }

    [Fact]
    public void A_named_state_is_evidence_though_a_town_bears_its_name()
    {
        var franklin = Resolve("Indiana officials said Franklin schools would close.", "Franklin");
        Assert.Equal("Indiana", franklin.Admin1);
    }
}
