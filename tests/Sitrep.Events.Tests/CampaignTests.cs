using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>A state's campaign named as a noun with its owner ("Turkey's incursion") and acts owned by a demonym ("Turkish shelling").</summary>
public class CampaignTests
{
    static readonly DateOnly Day = new(2024, 5, 17);

    [Fact]
    public void A_possessive_incursion_into_a_region_is_a_battle_of_the_state_at_the_border()
    {
        var e = Assert.Single(new DocBuilder("Turkey's three-day-old incursion into northeast Syria has emptied dozens of farming villages.", Day)
            .Place("Turkey", DocBuilder.Turkey).Place("northeast Syria", DocBuilder.NortheastSyria)
            .Time("three-day-old", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Contains(EventTag.Incursion, e.Tags);
        Assert.Equal("Syria-Turkey border", e.Location?.Name);
        Assert.Equal(Day.AddDays(-3), e.Date?.From);
    }

    [Fact]
    public void A_campaign_named_in_a_since_phrase_is_dated_by_its_anchor()
    {
        var anchor = new DateRange(new(2024, 5, 2), new(2024, 5, 2), DatePrecision.Day);
        var e = Assert.Single(new DocBuilder("Since Turkey's May 2 invasion, aid agencies have registered 70,000 displaced people in camps.", Day)
            .Place("Turkey", DocBuilder.Turkey).TimeSince("Since Turkey's May 2", anchor).Extract());
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal(anchor.From, e.Date?.From);
        Assert.Equal(anchor.To, e.Date?.To);
    }

    [Fact]
    public void Mentions_of_one_campaign_merge_into_one_event_dated_by_its_finest_time()
    {
        var events = new DocBuilder(
            "The Turkish offensive reached its fifth day on Friday with no let-up. " +
            "Aid workers in northeast Syria said Turkey's May 13 incursion had cut water to the region. " +
            "Kurdish commanders vowed to resist the Turkish invasion.", Day)
            .Place("northeast Syria", DocBuilder.NortheastSyria).Place("Turkey", DocBuilder.Turkey)
            .Time("fifth day", new(2024, 5, 13), new(2024, 5, 17), DatePrecision.Week).Time("May 13", new(2024, 5, 13), new(2024, 5, 13))
            .Extract();
        var e = Assert.Single(events);
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal(new DateOnly(2024, 5, 13), e.Date?.From);
        Assert.Equal(DatePrecision.Day, e.Date?.Precision);
    }

    [Fact]
    public void A_campaign_whose_town_follows_its_noun_is_set_there()
    {
        var e = Assert.Single(new DocBuilder("Turkey's offensive on Qamishli entered its second week.", Day)
            .Place("Turkey", DocBuilder.Turkey).Place("Qamishli", DocBuilder.Qamishli).Extract());
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal("Qamishli", e.Location?.Name);
    }

    [Fact]
    public void A_town_named_before_the_campaign_is_another_acts_place()
    {
        var e = Assert.Single(new DocBuilder("Smoke hung over Qamishli after Turkey's incursion into Syria.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Place("Turkey", DocBuilder.Turkey).Place("Syria", DocBuilder.Syria).Extract());
        Assert.Equal("Syria-Turkey border", e.Location?.Name);
    }

    [Fact]
    public void A_states_offensive_at_home_is_its_battle_without_the_incursion_tag()
    {
        var e = Assert.Single(new DocBuilder("The Iraqi offensive near Mosul pressed on through the old city.", Day)
            .Place("Mosul", DocBuilder.Mosul).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Equal("Iraqi security forces", e.Actor1);
        Assert.DoesNotContain(EventTag.Incursion, e.Tags);
        Assert.Equal("Mosul", e.Location?.Name);
    }

    [Fact]
    public void A_ceasefire_told_with_the_incursion_it_halts_is_set_at_the_same_border()
    {
        var events = new DocBuilder("A truce agreed on Thursday halted Turkey's incursion into northeast Syria.", Day)
            .Place("Turkey", DocBuilder.Turkey).Place("northeast Syria", DocBuilder.NortheastSyria)
            .Time("on Thursday", Day.AddDays(-1), Day.AddDays(-1)).Extract();
        Assert.Equal(2, events.Count);
        var truce = Assert.Single(events, e => e.SubEventType == SubEventType.Agreement);
        var incursion = Assert.Single(events, e => e.SubEventType == SubEventType.ArmedClash);
        Assert.Equal("Syria-Turkey border", truce.Location?.Name);
        Assert.Equal("Syria-Turkey border", incursion.Location?.Name);
        Assert.Equal("Turkish military", incursion.Actor1);
        Assert.Equal("Government of Turkey", truce.Actor1);
    }

    [Theory]
    [InlineData("The invasion debate in parliament ran late into the night.")]
    [InlineData("Diplomats warned of a possible Turkish offensive east of the river.")]
    [InlineData("Ankara has long threatened a Turkish incursion against the Kurdish militia.")]
    public void A_campaign_without_an_owner_or_not_yet_under_way_is_no_event(string text)
    {
        Assert.Empty(new DocBuilder(text, Day).Extract());
    }

    [Fact]
    public void A_demonym_on_the_shelling_makes_its_state_the_shelling_actor_not_the_escapees()
    {
        var events = new DocBuilder("A jailbreak of IS detainees at the camp occurred following Turkish shelling near Hasakah on Sunday.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Time("on Sunday", Day.AddDays(-5), Day.AddDays(-5)).Extract();
        var shelling = Assert.Single(events, e => e.SubEventType == SubEventType.ShellingArtilleryMissileAttack);
        Assert.Equal("Turkish military", shelling.Actor1);
    }

    [Fact]
    public void A_countrys_possessive_on_air_strikes_makes_its_force_the_perpetrator()
    {
        var e = Assert.Single(new DocBuilder("Turkey's air strikes near Qamishli killed four SDF fighters.", Day)
            .Place("Turkey", DocBuilder.Turkey).Place("Qamishli", DocBuilder.Qamishli).Actor("SDF", "Syrian Democratic Forces")
            .Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal(SubEventType.AirDroneStrike, e.SubEventType);
        Assert.Equal("Turkish military", e.Actor1);
        Assert.Equal("Syrian Democratic Forces", e.Actor2);
    }
}
