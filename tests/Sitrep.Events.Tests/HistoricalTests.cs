using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class HistoricalTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void A_campaign_launched_years_before_publication_is_background()
    {
        var events = new DocBuilder("Clashes broke out in Mosul on Tuesday. The group had launched a campaign of prison raids in 2012.", Day)
            .Place("Mosul", DocBuilder.Mosul).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Time("in 2012", new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31), DatePrecision.Year).Extract();
        Assert.Equal(2, events.Count);
        Assert.False(events[0].Historical);
        Assert.True(events[1].Historical);
        Assert.Equal(DatePrecision.Year, events[1].Date!.Precision);
    }

    [Fact]
    public void A_past_event_and_todays_event_of_the_same_type_do_not_merge()
    {
        var events = new DocBuilder("IS attacked a prison in Hasakah on Tuesday. In July 2013 the group attacked a prison near Baghdad.", Day)
            .Actor("IS", "Islamic State").Place("Hasakah", DocBuilder.Hasakah).Place("Baghdad", DocBuilder.Baghdad)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Time("In July 2013", new DateOnly(2013, 7, 1), new DateOnly(2013, 7, 31), DatePrecision.Month).Extract();
        Assert.Equal(2, events.Count);
        Assert.Equal([false, true], events.Select(e => e.Historical));
    }

    [Fact]
    public void A_recent_date_a_few_days_back_is_current_news() =>
        Assert.False(Assert.Single(new DocBuilder("Artillery shelled Raqqa last Friday.", Day).Place("Raqqa", DocBuilder.Raqqa)
            .Time("last Friday", Day.AddDays(-6), Day.AddDays(-6)).Extract()).Historical);

    [Fact]
    public void A_sentence_about_a_pattern_of_attacks_is_no_event() =>
        Assert.Empty(new DocBuilder("For insurgents in Mosul, car bombs and prison breaks are a recurring tactic.", Day)
            .Place("Mosul", DocBuilder.Mosul).Extract());
}

public class BackgroundPeriodTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void Attacks_counted_in_last_month_are_background_however_recent()
    {
        var e = Assert.Single(new DocBuilder("The monitor recorded 13 IS attacks near Raqqa in February.", Day)
            .Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa)
            .Time("in February", new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), DatePrecision.Month).Extract());
        Assert.True(e.Historical);
    }

    [Fact]
    public void The_fall_of_a_town_years_ago_is_a_background_change_of_territory()
    {
        var e = Assert.Single(new DocBuilder("IS has waged an insurgency since the fall of Mosul in 2017.", Day)
            .Actor("IS", "Islamic State").Place("Mosul", DocBuilder.Mosul)
            .Time("in 2017", new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), DatePrecision.Year).Extract());
        Assert.True(e.Historical);
        Assert.Equal(EventType.Battles, e.EventType);
    }
}

public class BackgroundFrameTests
{
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly DateRange April2018 = new(new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 30), DatePrecision.Month);

    static DocBuilder Declared(string text, string since = "Since proclaiming the defeat of IS in April 2018") => new DocBuilder(text, Day)
        .Actor("IS", "Islamic State", 1).Actor("SDF", "Syrian Democratic Forces").Place("Hasakah", DocBuilder.Hasakah).Place("Syria", DocBuilder.Syria)
        .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).TimeSince(since, April2018);

    [Fact]
    public void A_fronted_participial_frame_is_done_by_the_main_clauses_subject()
    {
        var events = Declared("IS gunmen attacked a checkpoint in Hasakah on Tuesday. " +
            "Since proclaiming the defeat of IS in April 2018, the SDF has kept several thousand militants in camps across Syria.").Extract();
        var e = Assert.Single(events, e => e.Historical);
        Assert.Equal(SubEventType.NonStateActorOvertakesTerritory, e.SubEventType);
        Assert.Equal(("Syrian Democratic Forces", "Islamic State"), (e.Actor1, e.Actor2));
        Assert.Equal(April2018, e.Date);
    }

    [Fact]
    public void A_force_described_inside_the_frame_is_not_its_doer()
    {
        var e = Assert.Single(Declared("IS gunmen attacked a checkpoint in Hasakah on Tuesday. " +
            "Since proclaiming the military defeat of IS fighters in April 2018, the SDF has kept several thousand militants in camps across Syria.",
            "Since proclaiming the military defeat of IS fighters in April 2018").Actor("the military", "Syrian government forces").Extract(), e => e.Historical);
        Assert.Equal(("Syrian Democratic Forces", SubEventType.NonStateActorOvertakesTerritory), (e.Actor1, e.SubEventType));
    }

    [Fact]
    public void A_frame_with_a_subject_of_its_own_keeps_it()
    {
        var e = Assert.Single(new DocBuilder("IS gunmen attacked a checkpoint in Hasakah on Tuesday. " +
            "Since the army proclaimed the defeat of IS in April 2018, the SDF has kept several thousand militants in camps across Syria.", Day)
            .Actor("IS", "Islamic State", 1).Actor("SDF", "Syrian Democratic Forces").Actor("the army", "Syrian government forces")
            .Place("Hasakah", DocBuilder.Hasakah).Place("Syria", DocBuilder.Syria).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .TimeSince("Since the army proclaimed the defeat of IS in April 2018", April2018).Extract(), e => e.Historical);
        Assert.Equal(("Syrian government forces", SubEventType.GovernmentRegainsTerritory), (e.Actor1, e.SubEventType));
    }

    // The historical escape of a text that names a prison, then a region, then "… prison" again with the words given.
    [Fact]
    public void A_background_event_its_clause_does_not_place_is_set_in_the_country_not_the_town_in_focus()
    {
        var e = Assert.Single(Declared("IS gunmen attacked a checkpoint in Hasakah on Tuesday. " +
            "Since proclaiming the defeat of IS in April 2018, the SDF has kept several thousand militants in camps across Syria.").Extract(), e => e.Historical);
        Assert.Equal(("Syria", null), (e.Location!.Name, e.Facility));
    }

    // The historical escape of a text that names a prison, then a region, then "… prison" again with the words given.
    static Event EarlierEscapeFrom(string site, string held = "")
    {
        var doc = new DocBuilder("IS fighters stormed the central prison on Tuesday. Some 10,000 fighters are held in northeastern Syria. " + held +
            $"Several inmates escaped from {site} prison in 2020 by breaking through a wall.", Day)
            .Actor("IS", "Islamic State").Facility("central prison", "Hasakah central prison", DocBuilder.Hasakah)
            .Place("northeastern Syria", DocBuilder.NortheastSyria).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Time("in 2020", new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), DatePrecision.Year);
        if (held.Contains("IS")) doc.Actor("IS", "Islamic State", 1);
        return Assert.Single(doc.Extract(), e => e.Historical);
    }

    [Fact]
    public void The_same_prison_told_of_in_the_past_is_the_prison_in_focus() =>
        Assert.Equal("Hasakah central prison", EarlierEscapeFrom("the same").Facility);

    [Fact]
    public void Another_prison_told_of_in_the_past_is_not_the_prison_in_focus() =>
        Assert.Null(EarlierEscapeFrom("another").Facility);

    [Fact]
    public void An_escape_naming_no_escapees_is_by_the_group_the_articles_prisons_hold() =>
        Assert.Equal("Islamic State", EarlierEscapeFrom("the same", "Most are IS detainees. ").Actor1);

    [Fact]
    public void An_escape_naming_no_escapees_in_an_article_naming_no_held_group_has_no_actor1() =>
        Assert.Null(EarlierEscapeFrom("the same").Actor1);

    [Fact]
    public void Ground_a_group_holds_is_no_change_of_territory() =>
        Assert.Empty(new DocBuilder("In 2015 IS controlled much of the country around Raqqa.", Day)
            .Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa)
            .Time("In 2015", new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31), DatePrecision.Year).Extract());

    [Fact]
    public void Ground_a_group_takes_is_a_change_of_territory() =>
        Assert.Equal(SubEventType.NonStateActorOvertakesTerritory, Assert.Single(new DocBuilder("In 2015 IS took control of much of the country around Raqqa.", Day)
            .Actor("IS", "Islamic State").Place("Raqqa", DocBuilder.Raqqa)
            .Time("In 2015", new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31), DatePrecision.Year).Extract()).SubEventType);
}

public class BackgroundDeclarationTests
{
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly Place Iraq = new("Iraq", "IQ", null, 33.0, 43.5, PlacePrecision.Country);
    static readonly DateOnly Y2014 = new(2014, 1, 1), End2014 = new(2014, 12, 31);

    [Fact]
    public void The_proclamation_of_a_groups_caliphate_is_a_background_change_by_that_group()
    {
        var e = Assert.Single(new DocBuilder("Years earlier, the proclamation of the Islamic State's caliphate in Mosul in 2014 stunned the region.", Day)
            .Actor("Islamic State", "Islamic State").Place("Mosul", DocBuilder.Mosul).Time("in 2014", Y2014, End2014, DatePrecision.Year).Extract());
        Assert.Equal(SubEventType.ChangeToGroupActivity, e.SubEventType);
        Assert.True(e.Historical);
        Assert.Equal("Islamic State", e.Actor1);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void A_self_proclaimed_caliphate_or_the_declared_defeat_of_one_tells_no_proclamation()
    {
        var events = new DocBuilder("The group lost its self-proclaimed caliphate in 2019. Baghdad declared the defeat of the caliphate in 2017.", Day)
            .Time("in 2019", new(2019, 1, 1), new(2019, 12, 31), DatePrecision.Year).Time("in 2017", new(2017, 1, 1), new(2017, 12, 31), DatePrecision.Year)
            .Extract();
        Assert.DoesNotContain(events, e => e.SubEventType == SubEventType.ChangeToGroupActivity);
    }

    [Fact]
    public void What_a_declaration_came_after_is_told_apart_and_set_where_its_own_words_put_it()
    {
        var events = new DocBuilder("IS fighters attacked a prison in Hasakah on Tuesday, the SDF said. Clashes went on in Hasakah. " +
            "The proclamation of the Islamic State's caliphate in 2014 came after a string of IS raids on prisons across Iraq.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Actor("Islamic State", "Islamic State").Actor("IS", "Islamic State", 1)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Hasakah", DocBuilder.Hasakah, 1).Place("Iraq", Iraq)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Time("in 2014", Y2014, End2014, DatePrecision.Year).Extract();
        var background = events.Where(e => e.Historical).ToList();
        Assert.Equal(2, background.Count);
        Assert.Contains(background, e => e.SubEventType == SubEventType.ChangeToGroupActivity);
        var raids = Assert.Single(background, e => e.SubEventType == SubEventType.ArmedClash);
        Assert.Equal("Iraq", raids.Location!.Name);
        Assert.Equal("Islamic State", raids.Actor1);
    }

    [Fact]
    public void Came_after_that_names_no_earlier_event_leaves_the_event_whole()
    {
        var e = Assert.Single(new DocBuilder("The bombing in Qamishli came after nightfall on Tuesday, killing four people.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2))
            .Number("four", QuantityKind.Killed, 4, 4).Extract());
        Assert.Equal("Qamishli", e.Location!.Name);
        Assert.False(e.Historical);
    }
}
