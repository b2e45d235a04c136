using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Places.Tests;

/// <summary>Capitalised words that open sentences or stand before a name: function words, contractions, cut-short words, given names.</summary>
public class OpeningWordTests
{
    static List<string> Names(string text) => Shared.Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();

    [Theory]
    [InlineData("In Syria the talks stalled.", "Syria", "SY")]
    [InlineData("When Homs fell, families fled north.", "Homs", "SY")]
    [InlineData("On Raqqa road a checkpoint was set up.", "Raqqa", "SY")]
    [InlineData("As Iraqi troops advanced, the town emptied.", "Iraqi", "IQ")]
    public void A_function_word_opening_a_sentence_is_not_part_of_the_name(string text, string name, string country)
    {
        var t = Shared.Single(text, name);
        Assert.Equal(name, text.Substring(t.Span.Start, t.Span.Length));
        Assert.Equal(country, t.Place!.Country);
    }

    [Fact]
    public void A_determiner_opening_a_sentence_does_not_make_a_loose_spelling_of_a_place()
    {
        // Without the determiner rule, the tolerant key reads "No US" as an 'ayn name (Ain Issa).
        Assert.DoesNotContain(Names("No US soldiers were hurt in the raid."), n => n.StartsWith("No ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_word_opens_a_name_the_gazetteer_lists_with_it()
    {
        var resolver = new PlaceResolver(Gazetteer.Load([Shared.InventedGeoNames("The Sands", "In Wells", "Ill", "Were")]), FacilityRegistry.LoadDefault());
        var doc = new Document(new Article("t", "The Sands flooded again. In Wells the wells ran dry."));
        resolver.Process(doc);
        Assert.Equal(["The Sands", "In Wells"], doc.Toponyms.Select(t => doc[t.Span]));
    }

    [Theory]
    [InlineData("I'll be there, she said.")]
    [InlineData("We’re staying, he said.")]
    public void A_contraction_is_never_a_place(string text)
    {
        var resolver = new PlaceResolver(Gazetteer.Load([Shared.InventedGeoNames("The Sands", "In Wells", "Ill", "Were")]), FacilityRegistry.LoadDefault());
        var doc = new Document(new Article("t", text));
        resolver.Process(doc);
        Assert.Empty(doc.Toponyms);
    }

    [Fact]
    public void A_word_cut_short_is_an_abbreviation_only_with_its_period()
    {
        Assert.Empty(Names("Wash your hands before meals."));
        var t = Shared.Single("The drill was held near Spokane, Wash., on Friday.", "Wash");
        Assert.Equal(("US", "Washington"), (t.Place!.Country, t.Place.Admin1));
    }

    [Fact]
    public void A_direction_word_before_a_name_is_not_a_given_name() =>
        Assert.Equal(("IQ", PlacePrecision.Region), (Shared.Single("Fighting spread across North Iraq.", "Iraq").Place!.Country, Shared.Single("Fighting spread across North Iraq.", "Iraq").Place!.Precision));

    [Fact]
    public void A_large_place_after_a_capitalised_word_is_still_a_place_elsewhere_in_the_article()
    {
        var text = "The Historic Aleppo fund met. Shelling hit Aleppo on Friday.";
        Assert.Equal(["Aleppo"], Names(text));
        Assert.Equal(text.LastIndexOf("Aleppo", StringComparison.Ordinal), Shared.Toponyms(text)[0].Span.Start);
    }

    [Fact]
    public void Another_spelling_is_believed_where_the_article_names_its_country_or_no_place()
    {
        Assert.Equal(["Qamishlo"], Names("Shops closed early in Qamishlo after the blast."));
        Assert.Equal(["Syria", "Qamishlo"], Names("In Syria, shops closed early in Qamishlo after the blast."));
        Assert.Equal(["Texas"], Names("In Texas, shops closed early in Qamishlo after the storm."));
    }
}

/// <summary>Places named like common English words (data/gazetteer/english-words.tsv): "Hit", "Side", "Van".</summary>
public class EnglishWordPlaceTests
{
    static List<string> Names(string text) => Shared.Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();

    [Theory]
    [InlineData("The Big Hit Parade returned on Friday.")]
    [InlineData("Guests on the Far Side Tour were warned.")]
    public void A_capitalised_English_word_is_not_a_small_place_without_a_cue(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Fighting was reported in Hit on Monday.", "Hit", "IQ")]
    [InlineData("The beaches of Side, Turkey, reopened.", "Side", "TR")]
    [InlineData("Protesters marched through Van on Sunday, and Van officials met them.", "Van", "TR")]
    public void A_place_named_like_an_English_word_needs_a_preposition_its_country_or_size(string text, string name, string country)
    {
        var found = Shared.Toponyms(text).Where(t => text.Substring(t.Span.Start, t.Span.Length) == name).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, t => Assert.Equal(country, t.Place!.Country));
    }
}

/// <summary>Given names, acronyms, datelines and names of people on sites.</summary>
public class PersonAndAcronymTests
{
    static List<string> Names(string text) => Shared.Toponyms(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)).ToList();

    [Fact]
    public void A_small_place_named_like_a_given_name_needs_a_cue()
    {
        Assert.Empty(Names("Tonya was born in the spring, and Zara came a year later."));
        Assert.Equal(["Tonya", "Zara"], Names("Tonya police said the road to Zara was closed."));
    }

    [Fact]
    public void A_site_named_after_a_person_is_not_a_place()
    {
        var text = "Funding ends for the Robert Zara Center. The Zara Center will close.";
        Assert.DoesNotContain("Zara", Names(text));
    }

    [Theory]
    [InlineData("The IRAN desk and the KALE team met.")]
    [InlineData("Auditors from TONYA asked for the files.")]
    public void A_word_in_capitals_is_an_acronym_unless_it_names_a_country(string text) =>
        Assert.DoesNotContain(Names(text), n => n is "KALE" or "TONYA");

    [Theory]
    [InlineData("ZARA — A market burned on Monday.", "ZARA")]
    [InlineData("ZARA, Turkey (AP) Markets reopened.", "ZARA")]
    [InlineData("UN envoys met in the IRAQ office.", "IRAQ")]
    public void A_town_in_capitals_is_found_in_a_dateline_and_a_country_anywhere(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Prices rose on Nov. 3, the report said.")]
    [InlineData("The White House said on Monday it would reply.")]
    public void Month_abbreviations_and_the_White_House_are_not_places(string text)
    {
        var resolver = new PlaceResolver(Gazetteer.Load([Shared.InventedGeoNames("Nov", "White House")]), FacilityRegistry.LoadDefault());
        var doc = new Document(new Article("t", text));
        resolver.Process(doc);
        Assert.Empty(doc.Toponyms);
    }
}
