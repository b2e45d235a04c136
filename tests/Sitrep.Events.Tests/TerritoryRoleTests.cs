using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class TerritoryRoleTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Theory]
    [InlineData("SDF fighters retook the village near Hasakah from IS militants on Monday.")]
    [InlineData("The SDF recaptured the village near Hasakah from IS on Monday.")]
    [InlineData("The SDF seized the village near Hasakah from IS on Monday.")]
    [InlineData("The SDF on Monday retook the village near Hasakah from IS.")]
    [InlineData("After days of fighting the SDF finally recaptured the village near Hasakah from IS on Monday.")]
    public void Ground_taken_from_a_side_makes_that_side_the_loser_not_the_taker(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
    }

    [Theory]
    [InlineData("SDF positions near Hasakah came under attack from IS militants on Monday.")]
    [InlineData("SDF fighters near Hasakah were attacked by IS on Monday.")]
    public void An_attack_from_a_side_still_makes_that_side_the_attacker(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }

    [Fact]
    public void Troops_that_retake_ground_from_a_group_are_the_countrys_forces_and_the_group_loses_it()
    {
        var e = Assert.Single(new DocBuilder("Troops retook the village near Hasakah from IS militants on Monday.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Syrian government forces", e.Actor1);
        Assert.Equal("Islamic State", e.Actor2);
    }

    [Theory]
    [InlineData("The jihadists had seized the village near Hasakah on Monday.", null)]
    [InlineData("The jihadists had overrun the village near Hasakah, held by the SDF, on Monday.", "Syrian Democratic Forces")]
    public void A_group_named_by_the_noun_that_opens_the_trigger_is_its_subject(string text, string? loser)
    {
        var doc = new DocBuilder(text, Day).Actor("jihadists", "Islamic State").Place("Hasakah", DocBuilder.Hasakah);
        var e = Assert.Single((loser is null ? doc : doc.Actor("SDF", loser)).Extract());
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Equal(loser, e.Actor2);
    }

    [Fact]
    public void A_group_named_at_the_end_of_the_trigger_stays_its_object()
    {
        var e = Assert.Single(new DocBuilder("Soldiers killed three jihadists near Hasakah on Monday.", Day)
            .Actor("jihadists", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal("Islamic State", e.Actor2);
    }

    [Theory]
    [InlineData("Turkish military", SubEventType.NonStateActorOvertakesTerritory)]
    [InlineData("Syrian government forces", SubEventType.GovernmentRegainsTerritory)]
    [InlineData("Syrian Democratic Forces", SubEventType.NonStateActorOvertakesTerritory)]
    public void Ground_taken_by_a_state_force_outside_its_own_country_is_overtaken_not_regained(string taker, SubEventType sub)
    {
        var e = Assert.Single(new DocBuilder("The troops seized the village near Hasakah from IS on Monday.", Day)
            .Actor("The troops", taker).Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Extract());
        Assert.Equal(taker, e.Actor1);
        Assert.Equal(sub, e.SubEventType);
    }
}
