using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Places.Tests;

public class RecognitionTests
{
    static List<string> Names(string text) => Shared.Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();

    // Locations only: the toponyms that can be where something happened.
    static List<string> Locations(string text) => Shared.Toponyms(text).Where(t => t.Role != ToponymRole.Metonym).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();

    [Fact]
    public void An_armed_group_named_after_a_country_is_not_a_place() =>
        Assert.Empty(Locations("The Syrian Democratic Forces moved reinforcements overnight."));

    [Fact]
    public void A_demonym_is_a_metonym_of_its_country_never_a_location()
    {
        var text = "Syrian and Iraqi officials met Kurdish commanders and South African and European diplomats.";
        Assert.Empty(Locations(text));
        var found = Shared.Toponyms(text);
        Assert.Equal(["Syrian", "Iraqi", "South African", "European"], found.Select(t => text.Substring(t.Span.Start, t.Span.Length)));
        Assert.Equal(["SY", "IQ", "ZA", null], found.Select(t => t.Place!.Country));
        Assert.Equal([PlacePrecision.Country, PlacePrecision.Country, PlacePrecision.Country, PlacePrecision.Region], found.Select(t => t.Place!.Precision));
    }

    [Fact]
    public void A_capital_that_speaks_is_a_metonym_not_an_event_place()
    {
        var t = Shared.Single("Damascus said the convoy had been turned back.", "Damascus");
        Assert.Equal(ToponymRole.Metonym, t.Role);
        Assert.Equal("SY", t.Place!.Country);
        var located = Shared.Single("A car bomb went off in Damascus on Friday.", "Damascus");
        Assert.Equal(ToponymRole.Location, located.Role);
    }

    [Fact]
    public void A_person_named_like_a_place_is_not_a_place() =>
        Assert.Equal("", string.Join("|", Names("The striker Jordan Hamdan scored twice, and coach Zara Yilmaz praised him.")));

    [Theory]
    [InlineData("The Adana Falcons won the cup.", "Adana")]
    [InlineData("Shares of Damascus Cement fell.", "Damascus")]
    public void A_large_place_opening_a_team_or_firm_name_is_a_metonym(string text, string name)
    {
        var t = Shared.Single(text, name);
        Assert.Equal(name, text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal(ToponymRole.Metonym, t.Role);
    }

    [Theory]
    [InlineData("Local councillor Jay Homs voted against the plan.")]
    [InlineData("The report was written by Marsha J. Hama and two colleagues.")]
    [InlineData("They will pay, Qamishli said, because the deal is fair.")]
    public void A_person_named_after_a_place_is_not_a_place(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_town_that_speaks_after_a_preposition_of_place_is_where_the_speakers_are_not_a_person()
    {
        var text = "Gunmen attacked a checkpoint near Qamishli on Monday. Elders in Qamishli said the road was closed.";
        var found = Shared.Toponyms(text).Where(t => text.Substring(t.Span.Start, t.Span.Length) == "Qamishli").ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(ToponymRole.Location, found[0].Role);
        Assert.Equal("SY", found[0].Place!.Country);
    }

    [Fact]
    public void A_surname_seen_in_a_full_name_is_a_person_wherever_it_stands()
    {
        var text = "Reporter Tom Homs covered the talks. Later Homs said the talks had failed.";
        Assert.Empty(Names(text));
    }

    [Fact]
    public void A_place_that_starts_a_site_name_is_kept_as_a_metonym()
    {
        var text = "Families gathered at the Mosul Community Center on Friday.";
        var t = Shared.Single(text, "Mosul");
        Assert.Equal(ToponymRole.Metonym, t.Role);
        Assert.Equal("IQ", t.Place!.Country);
    }

    [Theory]
    [InlineData("Students at Damascus University protested.")]
    [InlineData("Fighters of the Islamic State of Iraq and Syria retreated.")]
    [InlineData("A spokesman for the Basra Oil Company declined to comment.")]
    [InlineData("Doctors at Aleppo Central Hospital treated the wounded.")]
    public void A_place_inside_an_organisation_name_is_a_metonym_not_a_location(string text)
    {
        Assert.Empty(Locations(text));
        Assert.NotEmpty(Shared.Toponyms(text));
    }

    [Fact]
    public void Capitalised_English_words_do_not_match_places_through_the_tolerant_key() =>
        Assert.Empty(Names("Clashes erupted. Police said Media reports were wrong. Hundreds fled."));

    [Fact]
    public void A_direction_on_a_town_not_named_after_its_province_is_part_of_the_town()
    {
        var t = Shared.Single("Shops reopened in western Qamishli on Sunday.", "western Qamishli");
        Assert.Equal((PlacePrecision.District, "Al-Hasakah"), (t.Place!.Precision, t.Place.Admin1));
        Assert.Equal(37.05, t.Place.Lat!.Value, 0.1); // the town's own point, not the west of Hasakah province
    }

    [Fact]
    public void A_bare_country_has_country_precision()
    {
        var t = Shared.Single("Aid agencies warned that Iraq faces a hard winter.", "Iraq");
        Assert.Equal(PlacePrecision.Country, t.Place!.Precision);
        Assert.Null(t.Place.Admin1);
    }

    [Theory]
    [InlineData("Patrols increased in northeast Syria this week.", "northeast Syria", "SY", null)]
    [InlineData("Patrols increased in northern Iraq this week.", "northern Iraq", "IQ", null)]
    [InlineData("Patrols increased in eastern Deir ez-Zor this week.", "eastern Deir ez-Zor", "SY", "Deir ez-Zor")]
    [InlineData("Shelling hit northern Raqqa overnight.", "northern Raqqa", "SY", "Ar-Raqqa")]
    public void A_direction_and_an_area_resolve_to_a_region(string text, string words, string country, string? admin1)
    {
        var t = Shared.Single(text, words);
        Assert.Equal(words, text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal(PlacePrecision.Region, t.Place!.Precision);
        Assert.Equal(country, t.Place.Country);
        Assert.Equal(admin1, t.Place.Admin1);
        Assert.NotNull(t.Place.Lat);
    }

    [Fact]
    public void The_countryside_of_a_town_is_a_district() =>
        Assert.Equal(PlacePrecision.District, Shared.Single("Raids continued in the Raqqa countryside.", "Raqqa").Place!.Precision);

    [Fact]
    public void A_province_resolves_to_the_division_not_its_capital()
    {
        var t = Shared.Single("Curfews were declared across Hasakah province.", "Hasakah");
        Assert.Equal(PlacePrecision.Region, t.Place!.Precision);
        Assert.Equal("Al-Hasakah", t.Place.Admin1);
    }

    [Fact]
    public void Two_countries_joined_before_border_are_one_border_region()
    {
        var text = "Shelling was reported along the Syria-Turkey border.";
        var t = Assert.Single(Shared.Toponyms(text));
        Assert.Equal("Syria-Turkey border", text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal(PlacePrecision.Region, t.Place!.Precision);
        Assert.InRange(t.Place.Lat!.Value, 35.5, 37.5);
    }

    [Fact]
    public void Nearby_places_decide_between_places_of_the_same_name()
    {
        // Sinjar names a district town in Iraq's Nineveh and a village in Syria's Idlib.
        var iraq = Shared.Single("Yazidi families left Sinjar for camps near Duhok and Mosul.", "Sinjar");
        Assert.Equal("IQ", iraq.Place!.Country);
        var syria = Shared.Single("Shelling hit Sinjar, south of Idlib city, near Saraqib.", "Sinjar");
        Assert.Equal("SY", syria.Place!.Country);
    }

    [Fact]
    public void Toponyms_come_in_text_order_with_utf16_offsets()
    {
        var text = "“Raqqa” and then Qamishli — then Hasakah.";
        var spans = Shared.Toponyms(text).Select(t => t.Span.Start).ToList();
        Assert.Equal(spans.Order().ToList(), spans);
        Assert.Equal(["Raqqa", "Qamishli", "Hasakah"], Names(text));
    }
}

public class EditDistanceTests
{
    [Fact]
    public void A_misspelt_town_after_a_place_cue_is_found_one_edit_away()
    {
        var t = Shared.Single("Gunmen stormed the town of Qamishlit before dawn.", "Qamishlit");
        Assert.Equal("Al-Hasakah", t.Place!.Admin1);
    }

    [Theory]
    [InlineData("Reporters reached the town of Tomorrow before dawn.")]
    [InlineData("The village of Shepherds was quiet.")]
    [InlineData("He spoke about the city of Angels and the town of Dreams.")]
    public void The_edit_distance_fallback_does_not_fire_on_English_words(string text) =>
        Assert.Empty(Shared.Toponyms(text));

    [Fact]
    public void The_edit_distance_fallback_needs_a_place_cue() =>
        Assert.Empty(Shared.Toponyms("Officials met Qamishlit again."));
}

public class EnglishWordTests
{
    [Theory]
    [InlineData("As IS fighters withdrew, families returned.")]
    [InlineData("At Kobani the fighting stopped.", "Kobani")]
    public void English_words_that_look_like_articles_do_not_open_a_name(string text, string? place = null)
    {
        var names = Shared.Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();
        Assert.Equal(place is null ? [] : [place], names);
    }
}

public class ModelNameTests
{
    [Theory]
    [InlineData("The coalition moved armored Homs fighting vehicles to the base.")]
    [InlineData("They fired Tabriz missiles at the city.")]
    public void A_weapon_named_after_a_place_is_not_a_place(string text) => Assert.Empty(Shared.Toponyms(text));
}

public class MetonymTests
{
    [Theory]
    [InlineData("Hasakah said the curfew would end.", "Hasakah")]
    [InlineData("Iraq President Barham Salih arrived.", "Iraq")]
    public void A_government_or_office_of_a_place_is_a_metonym(string text, string words) =>
        Assert.Equal(ToponymRole.Metonym, Shared.Single(text, words).Role);

    [Fact]
    public void An_abbreviation_after_a_name_is_not_a_surname() =>
        Assert.Equal("US", Shared.Single("By Sam Lazenby US-based groups said so.", "US").Place!.Country);
}
