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

    [Fact]
    public void A_document_with_no_sentences_gives_no_events_and_does_not_throw()
    {
        var doc = new DocBuilder("", Day).Build();
        new EventExtractor().Process(doc);
        Assert.Empty(doc.Events);
    }
}
