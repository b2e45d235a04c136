using Sitrep.Model;

namespace Sitrep.Events.Tests;

/// <summary>How an event known only through its report, or told in the aftermath of a dated start, is dated.</summary>
public class DatingTests
{
    // A Thursday; Monday is 2024-03-11, Tuesday 2024-03-12.
    static readonly DateOnly Day = new(2024, 3, 14);
    static readonly DateOnly Monday = Day.AddDays(-3);
    static readonly DateOnly Tuesday = Day.AddDays(-2);

    [Fact]
    public void News_that_broke_late_in_the_day_tells_of_that_evening_and_the_night_after()
    {
        var e = Assert.Single(new DocBuilder("News came late Monday, with residents saying gunmen had stormed an army post near Raqqa.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("late Monday", Monday, Monday).Extract());
        Assert.Equal((Monday, Tuesday), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void A_report_made_during_the_day_tells_of_that_day_or_the_one_before()
    {
        var e = Assert.Single(new DocBuilder("Residents said on Monday that gunmen had stormed an army post near Raqqa.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Monday", Monday, Monday).Extract());
        Assert.Equal((Monday.AddDays(-1), Monday), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void An_event_told_late_in_the_day_is_dated_that_day()
    {
        var e = Assert.Single(new DocBuilder("Gunmen stormed an army post near Raqqa late Monday.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("late Monday", Monday, Monday).Extract());
        Assert.Equal(DateRange.Day(Monday), e.Date);
    }

    [Fact]
    public void Later_paragraphs_take_the_ledes_report_day_as_the_range_it_bounds()
    {
        var events = new DocBuilder("The army said on Tuesday that gunmen had stormed a checkpoint near Raqqa.\nA roadside bomb wounded four soldiers near Mosul.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Mosul", DocBuilder.Mosul).Number("four", QuantityKind.Injured, 4, 4)
            .Time("on Tuesday", Tuesday, Tuesday).Extract();
        var bomb = Assert.Single(events, e => e.Location?.Name == "Mosul");
        Assert.Equal((Monday, Tuesday), (bomb.Date!.From, bomb.Date.To));
    }

    [Fact]
    public void A_claim_on_its_day_within_the_weeks_since_a_start_dates_its_event_to_that_day_or_the_one_before()
    {
        var events = new DocBuilder("Since the army's offensive on March 4, militants have attacked checkpoints across Hasakah province. " +
                "On Tuesday, the group claimed an assault on an army base near Raqqa that killed six soldiers.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Raqqa", DocBuilder.Raqqa).Number("six soldiers", QuantityKind.Killed, 6, 6)
            .TimeSince("Since the army's offensive on March 4", DateRange.Day(new(2024, 3, 4)), DatePrecision.Week).Time("On Tuesday", Tuesday, Tuesday).Extract();
        var assault = Assert.Single(events, e => e.Location?.Name == "Raqqa");
        Assert.Equal((Monday, Tuesday), (assault.Date!.From, assault.Date.To));
    }

    // --- a week up to publication that begins just after the situation's dated start is the time since that start ---

    static DateRange EscapeAfterOffensiveOn(DateOnly start) =>
        new DocBuilder("Since the army's offensive on the first day, militants have attacked checkpoints across Hasakah province.\n" +
                "Aid workers have had no access to the camps during the past week, but officials confirmed that 40 detainees escaped from a camp in Raqqa, according to a report Tuesday.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Raqqa", DocBuilder.Raqqa).Number("40 detainees", QuantityKind.Escaped, 40, 40)
            .TimeSince("Since the army's offensive on the first day", DateRange.Day(start), DatePrecision.Week)
            .Time("the past week", Day.AddDays(-7), Day, DatePrecision.Week).Time("Tuesday", Tuesday, Tuesday)
            .Extract().Single(e => e.Location?.Name == "Raqqa").Date!;

    [Fact]
    public void The_past_week_after_a_start_eight_or_nine_days_before_publication_is_the_time_since_that_start()
    {
        Assert.Equal(new DateRange(Day.AddDays(-9), Tuesday, DatePrecision.Week), EscapeAfterOffensiveOn(Day.AddDays(-9)));
    }

    [Fact]
    public void The_past_week_keeps_its_own_start_after_a_start_long_before()
    {
        Assert.Equal(new DateRange(Day.AddDays(-7), Tuesday, DatePrecision.Week), EscapeAfterOffensiveOn(Day.AddDays(-13)));
    }

    // --- a period up to now: the time since a dated start, ended by the latest dated report of the event ---

    [Fact]
    public void Escapes_counted_since_a_dated_start_span_the_time_since_then_up_to_the_latest_report()
    {
        var start = new DateOnly(2024, 3, 1);
        var e = Assert.Single(new DocBuilder("Inmates escaped from camps in Hasakah, officials said on Tuesday.\n" +
                "40 inmates have escaped from camps in Hasakah since March 1.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Hasakah", DocBuilder.Hasakah, 1).Number("40 inmates", QuantityKind.Escaped, 40, 40)
            .Time("on Tuesday", Tuesday, Tuesday).TimeSince("since March 1", DateRange.Day(start), DatePrecision.Month).Extract());
        Assert.Equal((start, Tuesday), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void The_past_week_ends_with_the_report_that_told_the_escape()
    {
        var e = Assert.Single(new DocBuilder("Dozens of inmates escaped from camps in Hasakah during the past week.\n" +
                "Officials confirmed that 40 detainees escaped from a camp in Hasakah, according to a report Tuesday.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Place("Hasakah", DocBuilder.Hasakah, 1).Number("40 detainees", QuantityKind.Escaped, 40, 40)
            .Time("the past week", Day.AddDays(-7), Day, DatePrecision.Week).Time("Tuesday", Tuesday, Tuesday).Extract());
        Assert.Equal((Day.AddDays(-7), Tuesday), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void The_past_week_runs_to_publication_when_no_dated_report_tells_the_event()
    {
        var e = Assert.Single(new DocBuilder("Dozens of inmates escaped from camps in Hasakah during the past week.", Day)
            .Place("Hasakah", DocBuilder.Hasakah).Time("the past week", Day.AddDays(-7), Day, DatePrecision.Week).Extract());
        Assert.Equal((Day.AddDays(-7), Day), (e.Date!.From, e.Date.To));
    }

    // --- forces sent in to support a side of a battle, dated only by their report, went in while it went on ---

    static Event DeploymentAfter(string fighting, params (string Words, DateOnly From, DateOnly To)[] times)
    {
        var builder = new DocBuilder(fighting + "\nThe Pentagon said on Thursday that the coalition had moved in troops to support the SDF.", Day)
            .Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces").Actor("coalition", "US-led coalition")
            .Actor("SDF", "Syrian Democratic Forces", 1).Place("Hasakah", DocBuilder.Hasakah).Time("on Thursday", Day, Day);
        foreach (var (words, from, to) in times) builder.Time(words, from, to);
        return Assert.Single(builder.Extract(), e => e.Tags.Contains(EventTag.Deployment));
    }

    [Fact]
    public void Troops_sent_to_support_a_side_of_a_battle_still_going_on_went_in_between_its_start_and_the_report()
    {
        var e = DeploymentAfter("IS fighters attacked SDF guards at the prison in Hasakah on Monday. Clashes went on until Wednesday.",
            ("on Monday", Monday, Monday), ("until Wednesday", Monday, Day.AddDays(-1)));
        Assert.Equal((Monday, Day), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void Troops_sent_after_the_battle_ended_keep_the_day_of_their_report()
    {
        var e = DeploymentAfter("IS fighters attacked SDF guards at the prison in Hasakah on Monday.", ("on Monday", Monday, Monday));
        Assert.Equal((Day.AddDays(-1), Day), (e.Date!.From, e.Date.To));
    }

    // --- the event a since-clause names is told by that clause, not by the pattern of the main clause ---

    static readonly DateRange March2019 = new(new(2019, 3, 1), new(2019, 3, 31), DatePrecision.Month);

    [Fact]
    public void An_event_named_in_a_long_since_clause_is_no_pattern_however_regular_what_followed()
    {
        var e = Assert.Single(new DocBuilder("Militants have carried out regular attacks across the province since their last stronghold on the river bank near Raqqa was overrun in March 2019.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("in March 2019", March2019.From, March2019.To, DatePrecision.Month).Extract());
        Assert.Equal(March2019, e.Date);
        Assert.True(e.Historical);
    }

    [Fact]
    public void A_pattern_told_since_a_date_is_still_no_event()
    {
        Assert.Empty(new DocBuilder("Militants have carried out regular attacks near Raqqa since March 2019.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("since March 2019", March2019.From, Day, DatePrecision.Year).Extract());
    }

    [Fact]
    public void Territory_taken_is_one_act_whichever_side_a_mention_names()
    {
        var e = Assert.Single(new DocBuilder("The militants' last stronghold near Raqqa was overrun in March 2019. Kurdish forces flushed out the last holdouts near Raqqa that month.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("in March 2019", March2019.From, March2019.To, DatePrecision.Month)
            .Place("Raqqa", DocBuilder.Raqqa, 1).Actor("Kurdish forces", "Syrian Democratic Forces").Extract());
        Assert.Equal("Syrian Democratic Forces", e.Actor1);
    }
}
