using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class SeparateEventsTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void An_escape_told_beside_a_shelling_is_its_own_event_and_keeps_its_tags()
    {
        var events = new DocBuilder("Dozens of inmates escaped from a detention camp near Raqqa after artillery shelling hit its fence on Tuesday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Number("Dozens", QuantityKind.Escaped, 24, null).Extract();
        Assert.Equal(2, events.Count);
        var shelling = Assert.Single(events, e => e.SubEventType == SubEventType.ShellingArtilleryMissileAttack);
        var escape = Assert.Single(events, e => e.SubEventType == SubEventType.Other);
        Assert.Contains(EventTag.Escape, escape.Tags);
        Assert.DoesNotContain(EventTag.Escape, shelling.Tags);
        Assert.Contains(escape.Quantities, q => q.What == QuantityKind.Escaped);
        Assert.DoesNotContain(shelling.Quantities, q => q.What == QuantityKind.Escaped);
    }

    [Fact]
    public void An_escape_from_the_prison_under_attack_stays_part_of_the_attack()
    {
        var e = Assert.Single(new DocBuilder("Militants stormed the prison in Hasakah on Tuesday and dozens of inmates escaped.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Contains(EventTag.Escape, e.Tags);
    }

    [Fact]
    public void Escapees_named_beside_a_bombing_do_not_make_it_an_escape()
    {
        var e = Assert.Single(new DocBuilder("A car bomb planted by recent escapees exploded in Raqqa on Tuesday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.RemoteExplosiveLandmineIed, e.SubEventType);
        Assert.DoesNotContain(EventTag.Escape, e.Tags);
    }

    [Fact]
    public void A_lone_escape_word_tags_an_assault_on_a_jail()
    {
        var e = Assert.Single(new DocBuilder("Militants stormed the jail in Hasakah on Tuesday and some escaped.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Contains(EventTag.Escape, e.Tags);
    }

    [Fact]
    public void A_ceasefire_and_a_shelling_in_one_clause_are_two_events_with_their_own_tags()
    {
        var events = new DocBuilder("Despite the truce announced on Tuesday, the army kept up its artillery shelling of Raqqa.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract();
        Assert.Equal(2, events.Count);
        var deal = Assert.Single(events, e => e.SubEventType == SubEventType.Agreement);
        var shelling = Assert.Single(events, e => e.SubEventType == SubEventType.ShellingArtilleryMissileAttack);
        Assert.Equal([EventTag.Ceasefire], deal.Tags);
        Assert.DoesNotContain(EventTag.Ceasefire, shelling.Tags);
    }

    [Fact]
    public void A_withdrawal_after_fighting_in_the_same_clause_is_part_of_the_fight()
    {
        var e = Assert.Single(new DocBuilder("The gunmen fought soldiers near Mosul for an hour on Tuesday before withdrawing.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
    }

    [Fact]
    public void A_ceasefire_and_a_later_withdrawal_do_not_merge_into_one_event()
    {
        var events = new DocBuilder("The two sides agreed a ceasefire in Raqqa on Tuesday. The militia withdrew from its positions in Raqqa.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Raqqa", DocBuilder.Raqqa, 1).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract();
        Assert.Equal([SubEventType.Agreement, SubEventType.Other], events.Select(e => e.SubEventType));
        Assert.DoesNotContain(EventTag.Withdrawal, events[0].Tags);
    }

    [Fact]
    public void A_surrender_told_after_the_fighting_ends_that_fight()
    {
        var e = Assert.Single(new DocBuilder("Clashes raged around the prison in Hasakah on Tuesday. Dozens of militants surrendered.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.ArmedClash, e.SubEventType);
        Assert.Contains(EventTag.Surrender, e.Tags);
    }

    [Fact]
    public void An_escape_from_a_second_camp_is_another_incident()
    {
        var events = new DocBuilder("Dozens of inmates escaped from a camp near Raqqa on Tuesday. Five more fighters escaped from a second camp.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Number("Dozens", QuantityKind.Escaped, 24, null).Number("Five", QuantityKind.Escaped, 5, 5).Extract();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(SubEventType.Other, e.SubEventType));
    }

    [Fact]
    public void Other_similar_blasts_this_week_are_another_event_than_todays_bombing()
    {
        var events = new DocBuilder("A car bomb exploded in Qamishli on Thursday, following two other similar blasts this week.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Thursday", Day, Day)
            .Time("this week", Day.AddDays(-4), Day, DatePrecision.Week).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal(DatePrecision.Week, events[1].Date!.Precision);
    }

    [Fact]
    public void Similar_bombings_in_the_past_with_no_date_are_no_event()
    {
        var e = Assert.Single(new DocBuilder("A car bomb exploded in Qamishli on Thursday. Similar bombings have hit other towns in the past.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Thursday", Day, Day).Extract());
        Assert.Single(e.Evidence);
    }

    [Fact]
    public void A_siege_told_to_go_on_for_days_stays_one_event()
    {
        var e = Assert.Single(new DocBuilder(
            "Militants attacked the prison in Hasakah on Thursday. Clashes were still going on near the prison until Tuesday. Airstrikes hit the area on Monday.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("on Thursday", Day.AddDays(-5), Day.AddDays(-5))
            .Time("until Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Extract());
        Assert.Equal(Day.AddDays(-5), e.Date!.From);
        Assert.Equal(3, e.Evidence.Count);
    }

    [Fact]
    public void Words_of_a_name_report_no_act()
    {
        var e = Assert.Single(new DocBuilder("A roadside bomb hit a patrol of the Popular Mobilization Forces near Mosul on Tuesday.", Day)
            .Actor("Popular Mobilization Forces", "Popular Mobilization Forces").Place("Mosul", DocBuilder.Mosul)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(SubEventType.RemoteExplosiveLandmineIed, e.SubEventType);
    }
}
