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
