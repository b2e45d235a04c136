using Sitrep.Places;

namespace Sitrep.Places.Tests;

public class DataFileTests
{
    static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-places-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }

    const string Row = "9000001\tNowhere Wells\tNowhere Wells\tNowhere,Nowhere Well\t35.5\t39.5\tP\tPPL\tSY\t\t04\t\t\t\t1200\t\t300\tAsia/Damascus\t2020-01-01\n";

    [Fact]
    public void A_truncated_gazetteer_line_names_the_file_and_line()
    {
        var path = Temp(Row + Row.Replace("9000001", "9000002")[..40]);
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Load([path]));
        Assert.Contains($"{path}:2:", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_corrupt_coordinate_names_the_file_and_line()
    {
        var path = Temp(Row.Replace("35.5", "thirty-five"));
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Load([path]));
        Assert.Contains($"{path}:1:", e.Message);
        Assert.Contains("lat", e.Message);
    }

    [Fact]
    public void A_corrupt_county_or_region_line_names_the_file_and_line()
    {
        var counties = Temp("# header\nWalker\tTX\t471\t30.74\t-95.57\nTrinity\tTX\tfour\t31.09\t-95.14\n");
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Load([], counties: counties));
        Assert.Contains($"{counties}:3:", e.Message);
        var regions = Temp("Sahel\t\tRGN\t14.5\n");
        e = Assert.Throws<SitrepException>(() => Gazetteer.Load([], regions: regions));
        Assert.Contains($"{regions}:1:", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_missing_gazetteer_file_says_what_to_do()
    {
        var e = Assert.Throws<SitrepException>(() => Gazetteer.Load(["/nonexistent/cities500.txt"]));
        Assert.Contains("/nonexistent/cities500.txt", e.Message);
    }

    [Fact]
    public void A_facility_name_given_to_two_facilities_is_rejected()
    {
        var path = Temp("Camp One\tThe Camp\tcamp\t\tSY\t04\t35\t39\tx\nCamp Two\tThe Camp\tcamp\t\tSY\t04\t35\t39\tx\n");
        var e = Assert.Throws<SitrepException>(() => FacilityRegistry.Load(path));
        Assert.Contains($"{path}:2:", e.Message);
    }

    [Fact]
    public void A_geonames_file_is_read_with_its_alternate_names()
    {
        var g = Gazetteer.Load([Temp(Row)]);
        var e = Assert.Single(g.Lookup("Nowhere Well"));
        Assert.Equal(9000001, e.GeonameId);
        Assert.Equal(1200, e.Population);
    }

    [Fact]
    public void The_committed_facility_registry_loads_and_every_facility_has_a_known_division()
    {
        var g = Shared.Resolver.Gazetteer;
        var registry = FacilityRegistry.LoadDefault();
        Assert.True(registry.All.Count >= 10);
        foreach (var f in registry.All) Assert.NotNull(g.Admin1Name(f.Country, f.Admin1Code));
    }

    [Fact]
    public void Every_direction_of_a_country_in_the_regions_file_is_found_by_its_short_form()
    {
        var g = Shared.Resolver.Gazetteer;
        string[] directions = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"];
        var parts = directions.SelectMany(d => new[] { "SY", "IQ", "TR", "LB", "JO", "IR" }.Select(c => g.CountryPart(c, d))).OfType<GazetteerEntry>().ToList();
        Assert.True(parts.Count >= 40, $"found {parts.Count} parts");
        Assert.All(parts, p => Assert.Equal(Sitrep.Model.PlacePrecision.Region, p.Precision));
        Assert.Equal("northeastern Syria", g.CountryPart("SY", "northeast")!.Name);
    }
}
