using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>A people's adjective naming who holds a place or detainees (holders.tsv): "Kurdish positions" in Syria are the SDF's.</summary>
public class HolderTests
{
    static readonly DateOnly Day = new(2024, 6, 3);

    [Fact]
    public void An_attack_on_Kurdish_positions_in_Syria_targets_the_SDF()
    {
        var e = Assert.Single(new DocBuilder("Turkish drones struck Kurdish positions near Qamishli on Sunday.", Day)
            .Actor("Turkish drones", "Turkish military").Place("Qamishli", DocBuilder.Qamishli).Extract());
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void The_same_words_in_Iraq_name_the_Kurdistan_Regions_force()
    {
        var e = Assert.Single(new DocBuilder("IS fighters attacked Kurdish positions near Mosul on Sunday.", Day)
            .Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal("Peshmerga", e.Actor2);
    }

    [Fact]
    public void A_demonym_before_the_adjective_says_which_country_it_is_about()
    {
        var e = Assert.Single(new DocBuilder("From Mosul, IS fighters crossed over and attacked Syrian Kurdish positions on Sunday.", Day)
            .Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void A_Kurdish_town_names_where_people_live_not_who_holds_it()
    {
        var e = Assert.Single(new DocBuilder("Turkish drones struck a Kurdish town near Qamishli on Sunday.", Day)
            .Actor("Turkish drones", "Turkish military").Place("Qamishli", DocBuilder.Qamishli).Extract());
        Assert.Null(e.Actor2);
    }

    [Theory]
    [InlineData("Officials said most detainees are held in Kurdish prisons.", "Syrian Democratic Forces")]
    [InlineData("Thousands of suspects remain in Kurdish-run camps.", "Syrian Democratic Forces")]
    [InlineData("Thousands of suspects remain in Kurdish custody.", "Syrian Democratic Forces")]
    [InlineData("Officials said the Kurdish town is calm.", null)]
    public void An_escape_naming_no_custodian_is_from_the_holder_of_the_prisons_named_by_adjective(string later, string? custodian)
    {
        var e = Assert.Single(new DocBuilder("Dozens of inmates escaped from a camp near Raqqa on Tuesday. " + later, Day)
            .Place("Raqqa", DocBuilder.Raqqa).Number("Dozens", QuantityKind.Escaped, 24, null).Extract(), x => x.Tags.Contains(EventTag.Escape));
        Assert.Equal(custodian, e.Actor2);
    }

    [Fact]
    public void A_campaign_into_Kurdish_areas_targets_the_SDF_even_in_a_clause_about_a_possible_trend()
    {
        var e = Assert.Single(new DocBuilder("Analysts think IS may be behind a run of bombings in Qamishli, after the Turkish invasion of the Syrian Kurdish areas last month.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Actor("IS", "Islamic State").Extract(), x => x.Tags.Contains(EventTag.Incursion));
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }
}
