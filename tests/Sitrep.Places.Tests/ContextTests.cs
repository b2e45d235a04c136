using Sitrep.Model;

namespace Sitrep.Places.Tests;

/// <summary>Resolution by the article's context: counties by the state named, states and countries as places of their own.</summary>
public class ContextTests
{
    [Fact]
    public void A_county_resolves_in_the_state_that_follows_it()
    {
        var t = Shared.Single("Deputies in Walker County, Georgia, closed two roads after the storm.", "Walker County");
        Assert.Equal(("US", "Georgia", PlacePrecision.District), (t.Place!.Country, t.Place.Admin1, t.Place.Precision));
    }

    [Fact]
    public void A_county_resolves_in_the_state_the_article_is_about()
    {
        var text = "Texas officials said more rain was due. The burn ban for Walker County was lifted on Monday.";
        var t = Shared.Single(text, "Walker County");
        Assert.Equal("Texas", t.Place!.Admin1);
        Assert.InRange(t.Place.Lat!.Value, 30.2, 31.2); // Walker County, Texas lies around Huntsville
    }

    [Fact]
    public void Two_ambiguous_names_resolve_in_the_one_state_both_can_be_in()
    {
        var text = "Crews from Walker County and Trinity County cleared the roads.";
        Assert.Equal("Texas", Shared.Single(text, "Walker").Place!.Admin1); // Walker County: Alabama, Georgia or Texas
        Assert.Equal("Texas", Shared.Single(text, "Trinity").Place!.Admin1); // Trinity County: California or Texas
    }

    [Fact]
    public void Names_listed_before_counties_are_counties()
    {
        var text = "Girls from Walker, Grimes and San Jacinto counties will compete.";
        Assert.All(["Walker", "Grimes", "San Jacinto"], name =>
            Assert.Equal(("Texas", PlacePrecision.District), (Shared.Single(text, name).Place!.Admin1, Shared.Single(text, name).Place!.Precision)));
    }

    [Theory]
    [InlineData("Storms moved across Texas overnight.", "Texas", "US", PlacePrecision.Region, 31.5, -99.3)]
    [InlineData("Flooding was reported in Alaska.", "Alaska", "US", PlacePrecision.Region, 64.5, -152.7)]
    [InlineData("Relief flights landed in Zimbabwe on Friday.", "Zimbabwe", "ZW", PlacePrecision.Country, -19.0, 29.75)]
    [InlineData("The team flew home to Slovenia.", "Slovenia", "SI", PlacePrecision.Country, 46.08, 15.0)]
    public void States_and_countries_resolve_to_their_own_point(string text, string words, string country, PlacePrecision precision, double lat, double lon)
    {
        var t = Shared.Single(text, words);
        Assert.Equal((country, precision), (t.Place!.Country, t.Place.Precision));
        Assert.Equal(lat, t.Place.Lat!.Value, 0.1);
        Assert.Equal(lon, t.Place.Lon!.Value, 0.1);
    }

    [Theory]
    [InlineData("Prices rose across Europe this winter.", "Europe", "CONT")]
    [InlineData("Drought returned to the Sahel.", "Sahel", "RGN")]
    [InlineData("EU ministers met on Monday.", "EU", "RGN")]
    public void Continents_and_regions_across_borders_have_no_country(string text, string words, string code)
    {
        var t = Shared.Single(text, words);
        Assert.Equal((null, PlacePrecision.Region, code), (t.Place!.Country, t.Place.Precision, t.Place.FeatureCode));
        Assert.NotNull(t.Place.Lat);
    }

    [Fact]
    public void The_article_before_an_abbreviation_is_not_part_of_a_name()
    {
        var t = Shared.Single("The U.S. sent more troops.", "U.S.");
        Assert.Equal(("US", PlacePrecision.Country), (t.Place!.Country, t.Place.Precision));
    }

    [Theory]
    [InlineData("Patrols increased in north-eastern Syria this week.", "Syria", "northeastern Syria", 36.5, 40.5)]
    [InlineData("Flooding hit southern Iraq after the rains.", "Iraq", "southern Iraq", 31.3, 46.1)]
    public void A_direction_on_a_country_takes_the_listed_part_of_it(string text, string words, string name, double lat, double lon)
    {
        var t = Shared.Single(text, words);
        Assert.Equal((name, PlacePrecision.Region), (t.Place!.Name, t.Place.Precision));
        Assert.Equal(lat, t.Place.Lat!.Value, 0.01);
        Assert.Equal(lon, t.Place.Lon!.Value, 0.01);
    }

    [Theory]
    [InlineData("Mortar rounds landed along the Syria-Turkey border on Friday.", "Syria-Turkey border", "Syria-Turkey border", "SY")]
    [InlineData("Smugglers cross the Turkey–Syria border at night.", "Turkey–Syria border", "Turkey-Syria border", "TR")]
    [InlineData("The militia withdrew from Lebanon's southern border area after the truce.", "Lebanon's southern border area", "Lebanon-Israel border", "LB")]
    [InlineData("Convoys were seen near Iraq's eastern border.", "Iraq's eastern border", "Iraq-Iran border", "IQ")]
    [InlineData("Drones struck a convoy in the desert along the Iraq-Syria border.", "Iraq-Syria border", "Iraq-Syria border", "IQ")]
    public void A_border_the_regions_file_lists_is_placed_at_its_point_on_the_first_named_side(string text, string words, string name, string country)
    {
        var t = Shared.Single(text, words);
        Assert.Equal(words, text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal((name, country, (string?)null, PlacePrecision.Region), (t.Place!.Name, t.Place.Country, t.Place.Admin1, t.Place.Precision));
    }

    [Fact]
    public void A_countrys_border_by_direction_is_the_listed_border_that_way()
    {
        var t = Shared.Single("Fighting spread across Syria's northern border region overnight.", "border");
        Assert.Equal(("Syria-Turkey border", "SY"), (t.Place!.Name, t.Place.Country));
        Assert.Equal(36.77, t.Place.Lat!.Value, 0.01);
        Assert.Equal(39.51, t.Place.Lon!.Value, 0.01);
    }

    [Theory]
    [InlineData("Shells fell on villages in Syria's Hasakah province, near the Turkey border, residents said.", "Turkey border")]
    [InlineData("Kurdish fighters in Syria pulled back from the border with Turkey.", "border with Turkey")]
    public void A_border_with_one_named_country_is_on_the_side_of_the_articles_country(string text, string words)
    {
        var t = Shared.Single(text, words);
        Assert.Equal(words, text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal(("Syria-Turkey border", "SY", PlacePrecision.Region), (t.Place!.Name, t.Place.Country, t.Place.Precision));
    }

    [Fact]
    public void A_border_of_one_named_place_is_placed_at_that_place()
    {
        var t = Shared.Single("Lorries queued for two days at the Jordan border.", "Jordan");
        Assert.Equal(("JO", PlacePrecision.Region), (t.Place!.Country, t.Place.Precision));
        Assert.Equal(30.585, t.Place.Lat!.Value, 0.01);
    }
}
