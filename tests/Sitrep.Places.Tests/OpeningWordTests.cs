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
    public void A_function_word_opens_a_name_the_gazetteer_lists_with_it()
    {
        var resolver = new PlaceResolver(Gazetteer.Load([InventedGazetteer()]), FacilityRegistry.LoadDefault());
        var doc = new Document(new Article("t", "The Sands flooded again. In Wells the wells ran dry."));
        resolver.Process(doc);
        Assert.Equal(["The Sands", "In Wells"], doc.Toponyms.Select(t => doc[t.Span]));
    }

    [Theory]
    [InlineData("I'll be there, she said.")]
    [InlineData("We’re staying, he said.")]
    public void A_contraction_is_never_a_place(string text)
    {
        var resolver = new PlaceResolver(Gazetteer.Load([InventedGazetteer()]), FacilityRegistry.LoadDefault());
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

    // Invented places whose names start with English function words or spell English contractions.
    static string InventedGazetteer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-places-{Guid.NewGuid():N}.txt");
        static string Row(int id, string name) => $"{id}\t{name}\t{name}\t\t35.5\t39.5\tP\tPPL\tSY\t\t04\t\t\t\t1200\t\t300\tAsia/Damascus\t2020-01-01\n";
        File.WriteAllText(path, Row(9000001, "The Sands") + Row(9000002, "In Wells") + Row(9000003, "Ill") + Row(9000004, "Were"));
        return path;
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
