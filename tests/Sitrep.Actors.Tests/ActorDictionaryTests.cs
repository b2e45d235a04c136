using static Sitrep.Actors.Tests.TestDictionary;

namespace Sitrep.Actors.Tests;

public class ActorDictionaryTests
{
    [Theory]
    [InlineData("OGL", "Order of the Grey Lantern")]
    [InlineData("GREY LANTERNS", "Order of the Grey Lantern")]
    [InlineData("Qarath Movement", "Qa'rath Movement")]
    [InlineData("Selene Brigade", "Sélène Brigade")]
    [InlineData("Se\u0301le\u0300ne Brigade", "Sélène Brigade")]
    [InlineData("Valdorian army's", "Valdorian army")]
    [InlineData("IT", "Iron Tide")]
    public void Find_tolerates_spelling_variants(string alias, string canonical)
    {
        Assert.Equal(canonical, Invented.Find(alias)?.Canonical);
    }

    [Theory]
    [InlineData("it")]
    [InlineData("grey lanterns")]
    [InlineData("the brotherhood")]
    [InlineData("Valdorian army officers")]
    [InlineData("")]
    public void Find_gives_null_for_lowered_capitals_descriptions_and_longer_text(string alias)
    {
        Assert.Null(Invented.Find(alias));
    }

    [Fact]
    public void Entries_keep_file_order_and_columns()
    {
        var tide = Invented.Entries.Single(e => e.Canonical == "Iron Tide");
        Assert.Equal(("jihadist_group", "XA", new DateOnly(2001, 2, 3), (DateOnly?)null), (tide.Kind, tide.Country, tide.ValidFrom.GetValueOrDefault(), tide.ValidTo));
        Assert.Equal(["IT", "Iron Tide group"], tide.Aliases);
        Assert.EndsWith("actors.tsv:5", tide.Origin);
        Assert.Equal(["Order of the Grey Lantern", "Iron Tide"], Invented.Descriptions[0].Candidates);
    }

    [Fact]
    public void Group_of_a_country_names_its_civilians_and_protesters()
    {
        Assert.Equal("Civilians (Valdoria)", Invented.GroupOf(ActorKinds.Civilians, "xa"));
        Assert.Equal("Protesters (Valdoria)", Invented.GroupOf(ActorKinds.Protesters, "XA"));
        Assert.Null(Invented.GroupOf(ActorKinds.Civilians, "XB"));
        Assert.Null(Invented.GroupOf(ActorKinds.Civilians, null));
    }
}
