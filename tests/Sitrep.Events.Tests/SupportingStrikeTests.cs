using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>Air strikes by another side than the one fighting on the ground are an event of their own, as ACLED codes them.</summary>
public class SupportingStrikeTests
{
    static readonly DateOnly Day = new(2024, 8, 9);

    [Fact]
    public void Coalition_airstrikes_told_with_the_fighting_are_their_own_strike_on_the_attackers()
    {
        var events = new DocBuilder(
            "IS fighters stormed the prison in Hasakah on Tuesday. " +
            "After four days of fighting and coalition airstrikes, the assault ended.", Day)
            .Actor("IS", "Islamic State").Actor("coalition", "US-led coalition").Place("Hasakah", DocBuilder.Hasakah)
            .Time("on Tuesday", Day.AddDays(-3), Day.AddDays(-3)).Extract();
        Assert.Equal(2, events.Count);
        var battle = Assert.Single(events, e => e.SubEventType == SubEventType.ArmedClash);
        var strike = Assert.Single(events, e => e.SubEventType == SubEventType.AirDroneStrike);
        Assert.Equal("Islamic State", battle.Actor1);
        Assert.Equal("US-led coalition", strike.Actor1);
        Assert.Equal("Islamic State", strike.Actor2);
        Assert.Equal("Hasakah", strike.Location?.Name);
        Assert.Equal(battle.Date, strike.Date);
    }

    [Fact]
    public void Several_mentions_of_the_supporting_strikes_are_one_strike_event()
    {
        var events = new DocBuilder(
            "IS gunmen attacked an SDF checkpoint in Raqqa on Wednesday. " +
            "Coalition forces supported the SDF with airstrikes. " +
            "The coalition airstrikes destroyed two IS vehicles near Raqqa.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Actor("Coalition forces", "US-led coalition")
            .Actor("SDF", "Syrian Democratic Forces", 1).Actor("coalition", "US-led coalition").Actor("IS", "Islamic State", 1)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Raqqa", DocBuilder.Raqqa, 1)
            .Time("on Wednesday", Day.AddDays(-2), Day.AddDays(-2)).Extract();
        Assert.Single(events, e => e.SubEventType == SubEventType.ArmedClash);
        var strike = Assert.Single(events, e => e.SubEventType == SubEventType.AirDroneStrike);
        Assert.Equal("US-led coalition", strike.Actor1);
    }

    [Fact]
    public void Forces_backed_by_coalition_aircraft_fight_one_battle_with_the_coalition_associated()
    {
        var e = Assert.Single(new DocBuilder("SDF fighters backed by coalition aircraft fought IS cells in Hasakah on Friday.", Day)
            .Actor("SDF", "Syrian Democratic Forces").Actor("coalition", "US-led coalition").Actor("IS", "Islamic State")
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Friday", Day, Day).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
        Assert.Contains("US-led coalition", e.AssocActors);
    }
}
