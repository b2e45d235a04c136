using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Tests;

public class ArgumentTests
{
    static readonly DateOnly Day = new(2024, 3, 14);

    [Fact]
    public void A_clause_without_a_place_takes_the_paragraph_focus_place()
    {
        var e = Assert.Single(new DocBuilder("Residents of Qamishli woke to gunfire. Two car bombs exploded near the market, wounding nine.", Day)
            .Place("Qamishli", DocBuilder.Qamishli).Number("nine", QuantityKind.Injured, 9, 9).Extract());
        Assert.Equal("Qamishli", e.Location!.Name);
        Assert.Null(e.Fields.Location);
        Assert.Equal(9, e.Injured.Min);
    }

    [Fact]
    public void A_clause_without_a_time_takes_the_time_named_earlier_in_the_paragraph()
    {
        var e = Assert.Single(new DocBuilder("The curfew began on Tuesday in Raqqa. Gunmen shot dead a shopkeeper there.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract(), e => e.SubEventType == SubEventType.Attack);
        Assert.Equal(Day.AddDays(-2), e.Date!.From);
    }

    [Theory]
    [InlineData("Gunmen stormed a prison in Raqqa, the SDF said on Tuesday.")]
    [InlineData("On Tuesday the SDF said gunmen had stormed a prison in Raqqa.")]
    [InlineData("The SDF said on Tuesday that gunmen had stormed a prison in Raqqa.")]
    [InlineData("The group claimed the prison raid in Raqqa in a statement on Tuesday.")]
    public void A_time_of_the_report_dates_the_event_to_that_day_or_the_day_before(string text)
    {
        var e = Assert.Single(new DocBuilder(text, Day).Place("Raqqa", DocBuilder.Raqqa).Time("Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal((Day.AddDays(-3), Day.AddDays(-2)), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void A_time_of_the_event_itself_beats_a_time_of_its_report()
    {
        var e = Assert.Single(new DocBuilder("Gunmen stormed a prison in Raqqa on Monday, the SDF said on Tuesday.", Day).Place("Raqqa", DocBuilder.Raqqa)
            .Time("on Monday", Day.AddDays(-3), Day.AddDays(-3)).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal(DateRange.Day(Day.AddDays(-3)), e.Date);
    }

    [Fact]
    public void A_report_day_does_not_stretch_an_event_dated_by_its_own_time()
    {
        var e = Assert.Single(new DocBuilder("On Monday a car bomb exploded in Raqqa, wounding nine. On Wednesday police said the car bomb had been planted by the group.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Number("nine", QuantityKind.Injured, 9, 9)
            .Time("On Monday", Day.AddDays(-3), Day.AddDays(-3)).Time("On Wednesday", Day.AddDays(-1), Day.AddDays(-1)).Extract());
        Assert.Equal(DateRange.Day(Day.AddDays(-3)), e.Date);
    }

    [Fact]
    public void The_finest_time_of_a_clause_dates_its_event_over_a_period_it_is_compared_in()
    {
        var e = Assert.Single(new DocBuilder("In 2013 militants stormed a prison in Mosul in July, freeing 500 inmates.", Day).Place("Mosul", DocBuilder.Mosul)
            .Time("In 2013", new(2013, 1, 1), new(2013, 12, 31), DatePrecision.Year).Time("in July", new(2013, 7, 1), new(2013, 7, 31), DatePrecision.Month).Extract());
        Assert.Equal(new DateRange(new(2013, 7, 1), new(2013, 7, 31), DatePrecision.Month), e.Date);
    }

    [Fact]
    public void A_paragraph_that_names_no_time_is_about_the_time_of_the_lede()
    {
        var events = new DocBuilder("Gunmen shot dead two shopkeepers in Mosul on Tuesday.\nA roadside bomb wounded four soldiers near Baghdad.", Day)
            .Place("Mosul", DocBuilder.Mosul).Place("Baghdad", DocBuilder.Baghdad).Number("four", QuantityKind.Injured, 4, 4)
            .Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract();
        Assert.Equal(DateRange.Day(Day.AddDays(-2)), Assert.Single(events, e => e.Location?.Name == "Baghdad").Date);
    }

    [Fact]
    public void A_report_day_told_in_the_event_bounds_it_better_than_a_time_carried_from_the_lede()
    {
        var e = Assert.Single(new DocBuilder("Aid convoys reached Raqqa late Tuesday.\nGunmen stormed an army post near Raqqa, killing six soldiers. The group said on Tuesday that its fighters had stormed the post.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Place("Raqqa", DocBuilder.Raqqa, 1).Number("six", QuantityKind.Killed, 6, 6)
            .Time("late Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Time("on Tuesday", Day.AddDays(-2), Day.AddDays(-2)).Extract());
        Assert.Equal((Day.AddDays(-3), Day.AddDays(-2)), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void A_site_only_in_focus_from_far_away_is_not_the_facility_of_an_event_placed_elsewhere()
    {
        var e = Assert.Single(new DocBuilder("A car bomb exploded at a market in Mosul, killing three.\nHasakah central prison holds 3,500 detainees.\nThe bombing was the deadliest this year.", Day)
            .Place("Mosul", DocBuilder.Mosul).Facility("Hasakah central prison", "Hasakah central prison", DocBuilder.Hasakah)
            .Number("three", QuantityKind.Killed, 3, 3).Number("3,500", QuantityKind.DetainedPopulation, 3500, 3500).Extract());
        Assert.Equal("Mosul", e.Location!.Name);
        Assert.Null(e.Facility);
    }

    [Fact]
    public void An_event_outside_a_since_phrase_lasts_from_its_date_to_publication()
    {
        var e = Assert.Single(new DocBuilder("Clashes have gone on in Mosul since the army's offensive on Monday.", Day).Place("Mosul", DocBuilder.Mosul)
            .TimeSince("since the army's offensive on Monday", DateRange.Day(Day.AddDays(-3))).Extract());
        Assert.Equal((Day.AddDays(-3), Day), (e.Date!.From, e.Date.To));
    }

    [Fact]
    public void The_event_a_since_phrase_names_happened_at_its_date()
    {
        var e = Assert.Single(new DocBuilder("Since militants stormed the prison in Mosul in March 2019, the group has rebuilt its ranks.", Day).Place("Mosul", DocBuilder.Mosul)
            .TimeSince("Since militants stormed the prison in Mosul in March 2019", new DateRange(new(2019, 3, 1), new(2019, 3, 31), DatePrecision.Month)).Extract());
        Assert.Equal(new DateRange(new(2019, 3, 1), new(2019, 3, 31), DatePrecision.Month), e.Date);
        Assert.True(e.Historical);
    }

    [Fact]
    public void With_no_time_at_all_current_news_is_dated_by_publication()
    {
        var e = Assert.Single(new DocBuilder("Mortar shells hit a school in Mosul, wounding four pupils.", Day)
            .Place("Mosul", DocBuilder.Mosul).Number("four", QuantityKind.Injured, 4, 4).Extract());
        Assert.Equal(Day, e.Date!.To);
        Assert.False(e.Historical);
    }

    [Fact]
    public void Every_figure_keeps_the_source_that_gave_it_and_the_outlet_stands_in_when_nobody_is_named()
    {
        var e = Assert.Single(new DocBuilder("At least 23 people were killed in clashes in Hasakah, according to the Observatory. Up to 500 escaped.", Day, "Wire Service")
            .Place("Hasakah", DocBuilder.Hasakah).Number("At least 23", QuantityKind.Killed, 23, null).Number("Up to 500", QuantityKind.Escaped, null, 500)
            .Said("the Observatory", "Syrian Observatory for Human Rights", "At least 23 people were killed in clashes in Hasakah").Extract());
        Assert.Equal(23, e.Fatalities.Min);
        Assert.Null(e.Fatalities.Max);
        Assert.Contains(e.Quantities, q => q.What == QuantityKind.Killed && q.Source == "Syrian Observatory for Human Rights");
        Assert.Contains("Syrian Observatory for Human Rights", e.Sources);
    }

    [Fact]
    public void Hedged_reports_carry_their_certainty()
    {
        var e = Assert.Single(new DocBuilder("Unconfirmed reports said a drone strike hit a convoy near Raqqa.", Day)
            .Place("Raqqa", DocBuilder.Raqqa).Hedged("Unconfirmed reports", Certainty.Unconfirmed, "Unconfirmed reports said a drone strike hit a convoy near Raqqa").Extract());
        Assert.Equal(Certainty.Unconfirmed, e.Certainty);
    }

    [Fact]
    public void How_many_a_prison_holds_is_an_article_fact_not_an_event_figure()
    {
        var doc = new DocBuilder("The Hasakah central prison holds an estimated 3,500 detainees.", Day)
            .Facility("Hasakah central prison", "Hasakah central prison", DocBuilder.Hasakah)
            .Number("an estimated 3,500", QuantityKind.DetainedPopulation, 3500, 3500).Build();
        new EventExtractor().Process(doc);
        var fact = Assert.Single(doc.Facts);
        Assert.Equal("Hasakah central prison", fact.Facility);
        Assert.Equal(3500, fact.Range.Min);
        Assert.Empty(doc.Events);
    }

    const string Prison = "Hasakah central prison";

    // The text with its first mention of the prison and its figure of held people, run through the extractor.
    static Document WithHeld(string text, string figure, long value, bool stake, Func<DocBuilder, DocBuilder>? more = null)
    {
        var built = new DocBuilder(text, Day).Facility(Prison, Prison, DocBuilder.Hasakah).Number(figure, QuantityKind.DetainedPopulation, value, value, stake);
        var doc = (more?.Invoke(built) ?? built).Build();
        new EventExtractor().Process(doc);
        return doc;
    }

    static bool CarriesHeld(Event e) => e.Quantities.Any(q => q.What == QuantityKind.DetainedPopulation);

    [Fact]
    public void Those_an_attack_aims_to_free_are_its_figure_and_not_also_an_article_fact()
    {
        var doc = WithHeld("Gunmen stormed Hasakah central prison in a bid to free 900 inmates.", "900", 900, stake: true);
        Assert.True(CarriesHeld(Assert.Single(doc.Events)));
        Assert.Empty(doc.Facts);
    }

    [Fact]
    public void A_figure_an_untold_act_would_free_stays_an_article_fact()
    {
        var doc = WithHeld("Preachers urged followers to free 900 inmates of Hasakah central prison.", "900", 900, stake: true);
        Assert.Empty(doc.Events);
        Assert.Equal(900, Assert.Single(doc.Facts).Range.Min);
    }

    [Fact]
    public void A_stake_told_apart_from_any_event_goes_to_the_attack_on_the_site_it_names()
    {
        var doc = WithHeld("Gunmen stormed Hasakah central prison, killing four guards. They hoped to free the 900 men jailed at Hasakah central prison.",
            "900", 900, stake: true, b => b.Facility(Prison, Prison, DocBuilder.Hasakah, occurrence: 1).Number("four", QuantityKind.Killed, 4, 4));
        var e = Assert.Single(doc.Events);
        Assert.Single(e.Evidence);
        Assert.True(CarriesHeld(e));
        Assert.Empty(doc.Facts);
    }

    [Fact]
    public void A_stake_told_apart_stays_a_fact_when_no_attack_on_its_site_is_told()
    {
        var doc = WithHeld("Gunmen bombed a market in Raqqa, killing four people. They hoped to free the 900 men jailed at Hasakah central prison.",
            "900", 900, stake: true, b => b.Place("Raqqa", DocBuilder.Raqqa).Number("four", QuantityKind.Killed, 4, 4));
        Assert.False(CarriesHeld(Assert.Single(doc.Events)));
        Assert.Equal(Prison, Assert.Single(doc.Facts).Facility);
    }

    [Fact]
    public void How_many_a_stormed_prison_holds_stays_an_article_fact()
    {
        var doc = WithHeld("Gunmen stormed Hasakah central prison, which holds 3,500 inmates.", "3,500", 3500, stake: false);
        Assert.False(CarriesHeld(Assert.Single(doc.Events)));
        Assert.Equal(3500, Assert.Single(doc.Facts).Range.Min);
    }

    [Fact]
    public void A_document_with_no_sentences_gives_no_events_and_does_not_throw()
    {
        var doc = new DocBuilder("", Day).Build();
        new EventExtractor().Process(doc);
        Assert.Empty(doc.Events);
    }
}
